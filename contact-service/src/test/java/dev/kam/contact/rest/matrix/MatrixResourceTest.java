package dev.kam.contact.rest.matrix;

import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.MAX;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.contact.domain.stakeholder.ErasedPerson;
import dev.kam.contact.fixtures.ContactRows;
import dev.kam.contact.fixtures.Stakeholders;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The matrix endpoint: the same people as JSON and as a picture, each in the quadrant of his scores. */
@QuarkusTest
class MatrixResourceTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @Inject
    ContactRows rows;

    /** Where a person's dot is drawn, in the picture's pixels, and the quadrant rectangles' bounds. */
    record Dot(String stakeholderId, String quadrantAttribute, double x, double y) {
    }

    record Box(double left, double top, double right, double bottom) {
        boolean holds(Dot dot) {
            return dot.x() > left && dot.x() < right && dot.y() > top && dot.y() < bottom;
        }
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void everyActivePersonIsDrawnInTheQuadrantOfHisScores() throws Exception {
        UUID account = rows.account();
        Map<UUID, String> expected = new HashMap<>();
        UUID butler = Stakeholders.add(account, "Bea <Butler> & Co's", 1, 2, true);
        expected.put(butler, "BUTLER");
        expected.put(Stakeholders.add(account, "Otto Gate", 2, 2, false), "BUTLER");
        expected.put(Stakeholders.add(account, "Paula Pforte", 2, 2, false), "BUTLER");
        expected.put(Stakeholders.add(account, "Hal Helper", 2, 4, false), "HELPER");
        expected.put(Stakeholders.add(account, "Sue Specifier", 4, 2, false), "SPECIFIER");
        UUID leader = Stakeholders.add(account, "Leo Leader", 5, 4, false);
        expected.put(leader, "LEADER");
        expected.put(Stakeholders.add(account, "Lara Lead", 3, 3, false), "LEADER");
        UUID gone = Stakeholders.add(account, "Gus Gone", 5, 5, false);
        given().contentType(ContentType.JSON).body("{\"leftOn\": \"%s\"}".formatted(LocalDate.now().minusDays(3)))
                .when().post("/api/stakeholders/" + gone + "/departure").then().statusCode(200);
        Stakeholders.relate(butler, KATE, "GOOD", LocalDate.now().toString());
        Stakeholders.relate(butler, TOM, "POOR", LocalDate.now().toString());

        String svg = given().accept("image/svg+xml").when().get("/api/stakeholders/accounts/" + account + "/matrix")
                .then().statusCode(200).contentType("image/svg+xml").extract().asString();

        Document document = MatrixSvgTest.parse(svg);
        Map<String, Box> quadrants = new HashMap<>();
        List<Dot> dots = new ArrayList<>();
        NodeList groups = document.getElementsByTagNameNS(SVG_NS, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("class").equals("quadrant")) {
                Element rect = (Element) group.getElementsByTagNameNS(SVG_NS, "rect").item(0);
                double left = number(rect, "x");
                double top = number(rect, "y");
                quadrants.put(group.getAttribute("data-quadrant"), new Box(left, top,
                        left + number(rect, "width"), top + number(rect, "height")));
            } else if (group.getAttribute("class").equals("person")) {
                NodeList circles = group.getElementsByTagNameNS(SVG_NS, "circle");
                Element dot = (Element) circles.item(circles.getLength() - 1);
                dots.add(new Dot(group.getAttribute("data-stakeholder-id"), group.getAttribute("data-quadrant"),
                        number(dot, "cx"), number(dot, "cy")));
            }
        }
        assertThat(quadrants).containsOnlyKeys("LEADER", "SPECIFIER", "HELPER", "BUTLER");
        assertThat(quadrants.get("LEADER").left()).isEqualTo(quadrants.get("SPECIFIER").right());
        assertThat(quadrants.get("LEADER").bottom()).isEqualTo(quadrants.get("HELPER").top());
        assertThat(dots).extracting(Dot::stakeholderId)
                .containsExactlyInAnyOrderElementsOf(expected.keySet().stream().map(UUID::toString).toList());
        for (Dot dot : dots) {
            String quadrant = expected.get(UUID.fromString(dot.stakeholderId()));
            assertThat(quadrants.get(quadrant).holds(dot)).as("%s is drawn in %s", dot, quadrant).isTrue();
            assertThat(dot.quadrantAttribute()).isEqualTo(quadrant);
        }
        assertThat(dots).extracting(d -> d.x() + "," + d.y()).as("nobody hides behind anybody").doesNotHaveDuplicates();
        assertThat(svg).contains("Bea &lt;Butler&gt; &amp; Co&apos;s").doesNotContain("<Butler>");
        assertThat(document.getDocumentElement().getTextContent()).contains("Bea <Butler> & Co's");

        given().when().get("/api/stakeholders/accounts/" + account + "/matrix").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("people", hasSize(7))
                .body("roleHighFrom", equalTo(3))
                .body("people.find { it.stakeholderId == '%s' }.bestRelationship".formatted(butler), equalTo("GOOD"))
                .body("people.find { it.stakeholderId == '%s' }.primaryContact".formatted(butler), equalTo(true))
                .body("people.find { it.stakeholderId == '%s' }.quadrant".formatted(leader), equalTo("LEADER"))
                .body("people.find { it.stakeholderId == '%s' }.bestRelationship".formatted(leader), nullValue())
                .body("people.find { it.stakeholderId == '%s' }.interest".formatted(leader), equalTo(5));
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anErasedPersonShowsAsThePlaceholderOnly() {
        UUID account = rows.account();
        UUID person = Stakeholders.add(account, "Xaver Geheim", 4, 4, false);
        given().when().delete("/api/stakeholders/" + person + "/personal-data").then().statusCode(200);

        given().when().get("/api/stakeholders/accounts/" + account + "/matrix").then().statusCode(200)
                .body("people.name", contains(ErasedPerson.PLACEHOLDER_NAME))
                .body("people[0].erased", equalTo(true)).body("people[0].position", nullValue());
        String svg = given().accept("image/svg+xml").when().get("/api/stakeholders/accounts/" + account + "/matrix")
                .then().statusCode(200).extract().asString();
        assertThat(svg).contains(ErasedPerson.PLACEHOLDER_NAME).doesNotContain("Xaver", "Geheim", "Buyer");
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aPurchaseDecisionShowsItsOwnBuyingCentreWithTheRolesAssessedThere() {
        UUID account = rows.account();
        UUID ole = Stakeholders.add(account, "Ole Berg", 2, 2, false);
        Stakeholders.add(account, "Not In Tender", 5, 5, false);
        String decision = given().contentType(ContentType.JSON)
                .body("{\"accountId\": \"%s\", \"name\": \"Crane fleet tender 2027\"}".formatted(account))
                .when().post("/api/stakeholders/decisions").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("""
                        {"interest": 2, "involvement": 5, "reason": "Runs the tender paperwork", "decisionId": "%s"}"""
                        .formatted(decision))
                .when().post("/api/stakeholders/" + ole + "/assessments").then().statusCode(201);

        given().queryParam("decisionId", decision).when().get("/api/stakeholders/accounts/" + account + "/matrix")
                .then().statusCode(200)
                .body("decisionName", equalTo("Crane fleet tender 2027"))
                .body("people.name", contains("Ole Berg"))
                .body("people[0].role", equalTo("HELPER")).body("people[0].quadrant", equalTo("HELPER"))
                .body("people[0].involvement", equalTo(5));
        String svg = given().queryParam("decisionId", decision).accept("image/svg+xml")
                .when().get("/api/stakeholders/accounts/" + account + "/matrix").then().statusCode(200)
                .extract().asString();
        assertThat(svg).contains("Crane fleet tender 2027").doesNotContain("Not In Tender");

        UUID otherAccount = rows.account();
        given().queryParam("decisionId", decision).when().get("/api/stakeholders/accounts/" + otherAccount + "/matrix")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("decisionId", "tender").when().get("/api/stakeholders/accounts/" + account + "/matrix")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "diana", roles = "sales-director")
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void aDirectorOffTheTeamSeesTheMatrix() {
        UUID account = rows.account();
        given().accept("image/svg+xml").when().get("/api/stakeholders/accounts/" + account + "/matrix").then()
                .statusCode(200).contentType("image/svg+xml");
    }

    @Test
    @TestSecurity(user = "max", roles = "marketing")
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingOffTheTeamMayNotSeeNames() {
        UUID account = rows.account(Map.of(KATE, "KAM"));
        given().when().get("/api/stakeholders/accounts/" + account + "/matrix").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void someoneElseFindsNoMatrix() {
        UUID account = rows.account();
        given().accept("image/svg+xml").when().get("/api/stakeholders/accounts/" + account + "/matrix").then()
                .statusCode(404).contentType("application/problem+json");
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
