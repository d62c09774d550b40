package dev.kam.account.rest.team;

import static dev.kam.plumbing.testing.DemoUsers.ADA;
import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.MAX;
import static dev.kam.plumbing.testing.DemoUsers.SAM;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.account.fixtures.Dossiers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Building the account team; the domain's team rules answer 422, access rules 403/404. */
@QuarkusTest
class TeamResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAM_CHANGED = "dev.kam.account.team-changed.v1";

    @Inject
    Dossiers dossiers;

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void aTeamMemberReadsTheTeamWithItsOwner() {
        UUID id = dossiers.create("KEY", KATE, Map.of(TOM, "TEAM_MEMBER"));

        given().when().get("/api/accounts/{id}/team", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("ownerId", equalTo(KATE))
                .body("members.size()", equalTo(2))
                .body("members.find { it.userId == '" + KATE + "' }.owner", equalTo(true))
                .body("members.find { it.userId == '" + TOM + "' }.teamRole", equalTo("TEAM_MEMBER"));
        given().when().get("/api/accounts/{id}/team/members/{userId}", id, TOM)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("zone", equalTo("TEAM_MEMBER zone"))
                .body("owner", equalTo(false));
        given().when().get("/api/accounts/{id}/team/members/{userId}", id, SAM)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theOwnerAddsAMemberAndTheWholeTeamIsAnnounced() throws Exception {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        given().contentType(ContentType.JSON)
                .body(Map.of("userId", TOM, "teamRole", "TEAM_MEMBER", "zone", "Logistics and delivery"))
                .when().post("/api/accounts/{id}/team/members", id)
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/accounts/" + id + "/team/members/" + TOM))
                .header("ETag", "\"1\"")
                .body("userId", equalTo(TOM))
                .body("teamRole", equalTo("TEAM_MEMBER"))
                .body("zone", equalTo("Logistics and delivery"))
                .body("owner", equalTo(false));

        JsonNode payload = onlyTeamEvent(id);
        assertThat(payload.path("change").asText()).isEqualTo("MEMBER_ADDED");
        assertThat(payload.path("affectedUserId").asText()).isEqualTo(TOM);
        assertThat(payload.path("ownerId").asText()).isEqualTo(KATE);
        assertThat(payload.path("members")).hasSize(2);
        assertThat(dossiers.auditActionsOf(id)).containsExactly("MEMBER_ADDED");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void marketingCanJoinATeam() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        given().contentType(ContentType.JSON)
                .body(Map.of("userId", MAX, "teamRole", "MARKETING", "zone", "Campaigns for this client"))
                .when().post("/api/accounts/{id}/team/members", id)
                .then()
                .statusCode(201);

        assertThat(dossiers.validEventsOf(id, TEAM_CHANGED)).hasSize(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void nobodyIsOnTheTeamTwice() {
        UUID id = dossiers.create("KEY", KATE, Map.of(TOM, "SUPPORT"));

        given().contentType(ContentType.JSON)
                .body(Map.of("userId", TOM, "teamRole", "SPECIALIST", "zone", "Again"))
                .when().post("/api/accounts/{id}/team/members", id)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/team-member-duplicate"));

        assertUnchanged(id);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anInvalidNewMemberIsABadRequest() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        given().contentType(ContentType.JSON)
                .body(Map.of("userId", " ", "zone", "x".repeat(501)))
                .when().post("/api/accounts/{id}/team/members", id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("userId"))
                .body("violations.field", hasItem("teamRole"))
                .body("violations.field", hasItem("zone"));

        assertUnchanged(id);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theOwnerChangesAMembersRoleAndZoneWithIfMatch() throws Exception {
        UUID id = dossiers.create("KEY", KATE, Map.of(TOM, "TEAM_MEMBER"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("teamRole", "SPECIALIST", "zone", "Technical service"))
                .when().put("/api/accounts/{id}/team/members/{userId}", id, TOM)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("teamRole", equalTo("SPECIALIST"))
                .body("zone", equalTo("Technical service"));

        JsonNode payload = onlyTeamEvent(id);
        assertThat(payload.path("change").asText()).isEqualTo("MEMBER_UPDATED");
        assertThat(dossiers.storedAccount(id).get("members")).asList().contains(TOM + ":SPECIALIST");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void changingAMemberNeedsACurrentIfMatch() {
        UUID id = dossiers.create("KEY", KATE, Map.of(TOM, "TEAM_MEMBER"));
        Map<String, String> body = Map.of("teamRole", "SPECIALIST", "zone", "Technical service");

        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/accounts/{id}/team/members/{userId}", id, TOM)
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(body)
                .when().put("/api/accounts/{id}/team/members/{userId}", id, TOM)
                .then().statusCode(412).contentType("application/problem+json");

        assertUnchanged(id);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theOwnerStaysKamAndAStrangerCannotBeChanged() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("teamRole", "SUPPORT", "zone", "Paperwork"))
                .when().put("/api/accounts/{id}/team/members/{userId}", id, KATE)
                .then().statusCode(422).body("type", endsWith("/team-owner-role"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("teamRole", "SUPPORT", "zone", "Paperwork"))
                .when().put("/api/accounts/{id}/team/members/{userId}", id, SAM)
                .then().statusCode(404).contentType("application/problem+json");

        assertUnchanged(id);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aRemovedMemberIsRecordedAsADepartureForTheHealthAssessment() throws Exception {
        UUID id = dossiers.create("KEY", KATE, Map.of(TOM, "TEAM_MEMBER", SAM, "SUPPORT"));

        given().when().delete("/api/accounts/{id}/team/members/{userId}", id, TOM)
                .then()
                .statusCode(204)
                .header("ETag", "\"1\"");

        List<Object[]> departures = dossiers.departuresOf(id);
        assertThat(departures).hasSize(1);
        assertThat(departures.get(0)[0]).isEqualTo(TOM);
        assertThat(((Number) departures.get(0)[1]).intValue()).isZero();
        JsonNode payload = onlyTeamEvent(id);
        assertThat(payload.path("change").asText()).isEqualTo("MEMBER_REMOVED");
        assertThat(payload.path("affectedUserId").asText()).isEqualTo(TOM);
        assertThat(payload.path("members")).hasSize(2);
        assertThat(dossiers.storedAccount(id).get("members")).asList()
                .containsExactly(KATE + ":KAM", SAM + ":SUPPORT");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theOwnerCannotBeRemovedWithoutATransfer() {
        UUID id = dossiers.create("KEY", KATE, Map.of(TOM, "KAM"));

        given().when().delete("/api/accounts/{id}/team/members/{userId}", id, KATE)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/team-owner-removal"));
        given().when().delete("/api/accounts/{id}/team/members/{userId}", id, SAM)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        assertUnchanged(id);
        assertThat(dossiers.departuresOf(id)).isEmpty();
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void aTeamMemberWhoIsNotKamCannotChangeTheTeam() {
        UUID id = dossiers.create("KEY", KATE, Map.of(TOM, "TEAM_MEMBER"));

        given().contentType(ContentType.JSON)
                .body(Map.of("userId", SAM, "teamRole", "SUPPORT", "zone", "Orders"))
                .when().post("/api/accounts/{id}/team/members", id)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().delete("/api/accounts/{id}/team/members/{userId}", id, TOM)
                .then().statusCode(403).contentType("application/problem+json");

        assertUnchanged(id);
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theSalesDirectorReadsTheTeamButCannotChangeIt() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        given().when().get("/api/accounts/{id}/team", id).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("userId", SAM, "teamRole", "SUPPORT", "zone", "Orders"))
                .when().post("/api/accounts/{id}/team/members", id)
                .then().statusCode(403).contentType("application/problem+json");

        assertUnchanged(id);
    }

    @Test
    @TestSecurity(user = "max", roles = {"marketing", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingOffTheTeamDoesNotSeeTheTeam() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        given().when().get("/api/accounts/{id}/team", id)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void anOutsiderIsToldTheAccountDoesNotExist() {
        UUID id = dossiers.create("KEY", KATE, Map.of(TOM, "TEAM_MEMBER"));

        given().when().get("/api/accounts/{id}/team", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().when().delete("/api/accounts/{id}/team/members/{userId}", id, TOM)
                .then().statusCode(404).contentType("application/problem+json");

        assertUnchanged(id);
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void theKamAdminMayChangeAnyTeam() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        given().contentType(ContentType.JSON)
                .body(Map.of("userId", SAM, "teamRole", "SUPPORT", "zone", "Orders"))
                .when().post("/api/accounts/{id}/team/members", id)
                .then().statusCode(201);
    }

    private JsonNode onlyTeamEvent(UUID id) throws Exception {
        List<Dossiers.OutboxRow> events = dossiers.validEventsOf(id, TEAM_CHANGED);
        assertThat(events).hasSize(1);
        return JSON.readTree(events.get(0).payload());
    }

    private void assertUnchanged(UUID id) {
        assertThat(dossiers.storedAccount(id)).containsEntry("version", 0L);
        assertThat(dossiers.validEventsOf(id, TEAM_CHANGED)).isEmpty();
        assertThat(dossiers.auditActionsOf(id)).isEmpty();
    }
}
