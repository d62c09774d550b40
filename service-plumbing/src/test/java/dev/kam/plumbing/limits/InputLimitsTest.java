package dev.kam.plumbing.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.kam.plumbing.testapp.NotesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input is refused early, as problem+json naming what is wrong, and stores nothing. */
@QuarkusTest
class InputLimitsTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager entityManager;

    @Test
    void aBodyLargerThanTheLimitIsRefusedWith413BeforeItIsRead() {
        long before = notes();
        given().contentType(ContentType.JSON).body("{\"text\":\"" + "x".repeat(70_000) + "\"}")
                .when().post("/test/notes")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void jsonNestedDeeperThanTheLimitIsRefusedWith422() {
        // Under a property the request does not know, so the reader walks all the way down.
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        given().contentType(ContentType.JSON).body("{\"text\":\"a\",\"extra\":" + deep + "}")
                .when().post("/test/notes")
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("nesting depth"));
    }

    @Test
    void aStringLongerThanTheReaderAllowsIsRefusedWith422NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"text\":\"" + "x".repeat(20_000) + "\"}")
                .when().post("/test/notes")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("text"));
    }

    @Test
    void aFractionForAWholeNumberIsRefusedNotCut() {
        given().contentType(ContentType.JSON).body("{\"text\":\"a\",\"priority\":1.5}")
                .when().post("/test/notes")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("priority"));
    }

    @Test
    void anEmptyStringForADateAnIdANumberOrAnEnumIsRefusedNotReadAsAbsent() {
        long before = notes();
        for (String field : List.of("dueOn", "remindAt", "relatedTo", "kind", "priority")) {
            given().contentType(ContentType.JSON).body("{\"text\":\"a\",\"" + field + "\":\"\"}")
                    .when().post("/test/notes")
                    .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem(field));
        }
        given().contentType(ContentType.JSON).body("{\"text\":\"\"}")
                .when().post("/test/notes")
                .then().statusCode(200);
        assertThat(notes()).isEqualTo(before + 1);
    }

    @Test
    void datesOutsideTheYearsOneTo9999OrNotIsoTextAreRefusedNamingTheField() {
        long before = notes();
        for (String body : List.of("\"dueOn\":\"+999999999-12-31\"", "\"dueOn\":\"+10000-01-01\"",
                "\"dueOn\":\"-0001-12-31\"", "\"remindAt\":\"+10000-01-01T00:00:00Z\"",
                "\"remindAt\":\"-1000000000-01-01T00:00:00Z\"", "\"remindAt\":-99999999999999",
                "\"remindAt\":\"-1\"", "\"dueOn\":[2026,1,31]")) {
            given().contentType(ContentType.JSON).body("{\"text\":\"a\"," + body + "}")
                    .when().post("/test/notes")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("violations.field", hasItem(body.substring(1, body.indexOf('"', 1))));
        }
        assertThat(notes()).isEqualTo(before);
        given().contentType(ContentType.JSON)
                .body("{\"text\":\"a\",\"dueOn\":\"9999-12-31\",\"remindAt\":\"0001-01-01T00:00:00Z\"}")
                .when().post("/test/notes")
                .then().statusCode(200);
        UUID id = UUID.randomUUID();
        given().queryParam("since", "+999999999-12-31").when().get("/test/notes/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("since"));
    }

    @Test
    void aNumberForABooleanIsRefusedNotReadAsTrue() {
        given().contentType(ContentType.JSON).body("{\"text\":\"a\",\"pinned\":2}")
                .when().post("/test/notes")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("pinned"));
    }

    @Test
    void anythingAfterTheJsonDocumentIsRefused() {
        long before = notes();
        given().contentType(ContentType.JSON).body("{\"text\":\"a\"} trailing")
                .when().post("/test/notes")
                .then().statusCode(400).contentType(PROBLEM);
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void aValueTheDatabaseCannotStoreIsA422AndNothingIsStored() {
        long before = notes();
        given().contentType(ContentType.JSON).body("{\"text\":\"" + "x".repeat(201) + "\"}")
                .when().post("/test/notes")
                .then().statusCode(422).contentType(PROBLEM);
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void aNulCharacterInTextIsRefusedNamingTheField() {
        long before = notes();
        given().contentType(ContentType.JSON).body("{\"text\":\"nul\\u0000inside\"}")
                .when().post("/test/notes")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("text"));
        given().queryParam("q", "nul\u0000inside").when().get("/test/notes/" + UUID.randomUUID())
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("q"));
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void aNumberTooLargeForItsFieldIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"text\":\"a\",\"priority\":9223372036854775808}")
                .when().post("/test/notes")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("priority"));
    }

    @Test
    void typedParametersOfTheWrongFormAre400sNamingTheParameter() {
        given().when().get("/test/notes/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("id"));
        String id = UUID.randomUUID().toString();
        given().queryParam("limit", "abc").when().get("/test/notes/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("limit"));
        given().queryParam("since", "2026-02-30").when().get("/test/notes/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("since"));
        given().queryParam("kind", "NOT_A_KIND").when().get("/test/notes/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("kind"));
        given().queryParam("mine", "maybe").when().get("/test/notes/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("mine"));
        given().queryParam("limit", "7").when().get("/test/notes/" + id)
                .then().statusCode(200).body("limit", equalTo(7));
    }

    @Test
    void theFrameworksOwnRefusalsAreProblemsToo() {
        given().when().get("/test/nothing-here").then().statusCode(404).contentType(PROBLEM);
        given().when().delete("/test/notes").then().statusCode(405).contentType(PROBLEM);
        given().contentType(ContentType.TEXT).body("text").when().post("/test/notes")
                .then().statusCode(415).contentType(PROBLEM);
        given().accept(ContentType.XML).when().get("/test/notes/" + UUID.randomUUID())
                .then().statusCode(406).contentType(PROBLEM);
    }

    private long notes() {
        return QuarkusTransaction.requiringNew().call(() -> NotesResource.count(entityManager));
    }

    @Test
    void primitiveParametersAreReadLikeTheirBoxedForms() {
        given().queryParam("page", " 3 ").queryParam("archived", "true").when()
                .get("/test/notes/" + UUID.randomUUID() + "/pages")
                .then().statusCode(200).body("page", equalTo(3)).body("archived", equalTo(true));
        given().queryParam("page", "three").when().get("/test/notes/" + UUID.randomUUID() + "/pages")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("page"));
    }
}
