package dev.kam.account.rest.team;

import static dev.kam.plumbing.testing.DemoUsers.ADA;
import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.SAM;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.account.fixtures.Dossiers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A dossier changes hands only explicitly, and the handover is audited and announced. */
@QuarkusTest
class OwnershipTransferTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEAM_CHANGED = "dev.kam.account.team-changed.v1";

    @Inject
    Dossiers dossiers;

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theOwnerHandsTheDossierToATeamMemberWhoBecomesKam() throws Exception {
        UUID id = dossiers.create("KEY", KATE, Map.of(TOM, "TEAM_MEMBER"));

        transfer(id, Map.of("newOwnerId", TOM))
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("ownerId", equalTo(TOM))
                .body("members.find { it.userId == '" + TOM + "' }.teamRole", equalTo("KAM"))
                .body("members.find { it.userId == '" + TOM + "' }.owner", equalTo(true))
                .body("members.find { it.userId == '" + KATE + "' }.teamRole", equalTo("KAM"))
                .body("members.find { it.userId == '" + KATE + "' }.owner", equalTo(false));

        List<Dossiers.OutboxRow> events = dossiers.validEventsOf(id, TEAM_CHANGED);
        assertThat(events).hasSize(1);
        JsonNode payload = JSON.readTree(events.get(0).payload());
        assertThat(payload.path("change").asText()).isEqualTo("OWNER_TRANSFERRED");
        assertThat(payload.path("ownerId").asText()).isEqualTo(TOM);
        assertThat(dossiers.auditActionsOf(id)).containsExactly("OWNER_TRANSFERRED");
        assertThat(dossiers.storedAccount(id)).containsEntry("ownerId", TOM);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void someoneNewJoinsAsOwnerWhenTheTransferWritesTheirZone() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        transfer(id, Map.of("newOwnerId", SAM, "zone", "Owner from March"))
                .then()
                .statusCode(200)
                .body("ownerId", equalTo(SAM))
                .body("members.find { it.userId == '" + SAM + "' }.zone", equalTo("Owner from March"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aTransferToSomeoneOffTheTeamNeedsTheirZone() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        transfer(id, Map.of("newOwnerId", SAM))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/team-member-unknown"));

        assertThat(dossiers.storedAccount(id)).containsEntry("ownerId", KATE).containsEntry("version", 0L);
        assertThat(dossiers.validEventsOf(id, TEAM_CHANGED)).isEmpty();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theOwnerCannotTransferToThemselves() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        transfer(id, Map.of("newOwnerId", KATE))
                .then()
                .statusCode(422)
                .body("type", endsWith("/team-owner-unchanged"));
        transfer(id, Map.of("zone", "Nobody"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("newOwnerId"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void afterTheHandoverTheFormerOwnerCanLeave() {
        UUID id = dossiers.create("KEY", KATE, Map.of(TOM, "KAM"));
        transfer(id, Map.of("newOwnerId", TOM)).then().statusCode(200);

        given().when().delete("/api/accounts/{id}/team/members/{userId}", id, KATE)
                .then().statusCode(204);

        given().when().get("/api/accounts/{id}", id)
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void theKamAdminHandsOverTheDossierOfSomeoneWhoLeft() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        transfer(id, Map.of("newOwnerId", TOM, "zone", "Takes over from Kate"))
                .then()
                .statusCode(200)
                .body("ownerId", equalTo(TOM));
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theSalesDirectorCannotTransferOwnership() {
        UUID id = dossiers.create("KEY", KATE, Map.of(TOM, "TEAM_MEMBER"));

        transfer(id, Map.of("newOwnerId", TOM)).then().statusCode(403).contentType("application/problem+json");

        assertThat(dossiers.storedAccount(id)).containsEntry("ownerId", KATE);
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void anOutsiderIsToldTheAccountDoesNotExist() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        transfer(id, Map.of("newOwnerId", EVE, "zone", "Mine now"))
                .then().statusCode(404).contentType("application/problem+json");

        assertThat(dossiers.storedAccount(id)).containsEntry("ownerId", KATE);
    }

    private static Response transfer(UUID id, Map<String, String> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/accounts/{id}/ownership-transfers", id)
                .then().extract().response();
    }
}
