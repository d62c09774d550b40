package dev.kam.account.rest.audit;

import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.MAX;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.account.fixtures.DossierRequests;
import dev.kam.account.fixtures.Dossiers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every change to a dossier is in its audit trail, readable by those who read the dossier. */
@QuarkusTest
class AccountAuditTest {

    @Inject
    Dossiers dossiers;

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theTrailShowsWhoChangedWhatNewestFirstAPageAtATime() {
        Map<String, Object> body = DossierRequests.registration(Dossiers.newLegalId());
        UUID id = DossierRequests.register(body);
        body.put("segment", "Strategic");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/accounts/{id}", id).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("userId", TOM, "teamRole", "SUPPORT", "zone", "Orders and paperwork"))
                .when().post("/api/accounts/{id}/team/members", id).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("status", "KEY"))
                .when().post("/api/accounts/{id}/status-changes", id).then().statusCode(200);

        JsonPath first = page(id, null);
        JsonPath second = page(id, first.getString("nextCursor"));

        assertThat(first.getList("items.action")).containsExactly("STATUS_CHANGED", "MEMBER_ADDED");
        assertThat(second.getList("items.action")).containsExactly("PROFILE_CHANGED", "REGISTERED");
        assertThat(second.getString("nextCursor")).isNull();
        assertThat(first.getString("items[0].actorId")).isEqualTo(KATE);
        assertThat(Instant.parse(first.getString("items[0].at"))).isBeforeOrEqualTo(Instant.now());
        assertThat(first.getString("items[0].changes.previousStatus")).isEqualTo("PROSPECT");
        assertThat(first.getString("items[1].changes.zone")).isEqualTo("Orders and paperwork");
        assertThat(second.getMap("items[0].changes")).containsOnlyKeys("segment")
                .containsEntry("segment", "Strategic");
        assertThat(second.getString("items[1].changes.annualPotential.amount")).isEqualTo("1250000.00");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theTrailIsInTheOrderOfTimeWhateverBlockEachReplicaTookItsIdsFrom() {
        UUID id = DossierRequests.register(DossierRequests.registration(Dossiers.newLegalId()));
        Instant registered = Instant.parse(page(id, null).getString("items[0].at"));
        // a replica still using an old block writes a low id after a high one written earlier elsewhere
        dossiers.addAuditEntry(id, Long.MAX_VALUE - 10, "EARLIER_ON_A_NEW_BLOCK", registered.plusSeconds(60));
        dossiers.addAuditEntry(id, 1_000_000_000L + (id.getLeastSignificantBits() & 0xffffff),
                "LATER_ON_AN_OLD_BLOCK", registered.plusSeconds(120));

        JsonPath first = page(id, null);
        JsonPath second = page(id, first.getString("nextCursor"));

        assertThat(first.getList("items.action")).containsExactly("LATER_ON_AN_OLD_BLOCK", "EARLIER_ON_A_NEW_BLOCK");
        assertThat(second.getList("items.action")).containsExactly("REGISTERED");
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theSalesDirectorReadsAnyTrail() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        assertThat(page(id, null).getList("items")).isEmpty();
    }

    @Test
    @TestSecurity(user = "max", roles = {"marketing", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingDoesNotReadTheTrail() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        given().when().get("/api/accounts/{id}/audit", id)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void anOutsiderIsToldTheAccountDoesNotExist() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        given().when().get("/api/accounts/{id}/audit", id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aMalformedCursorIsABadRequest() {
        UUID id = dossiers.create("KEY", KATE, Map.of());

        given().queryParam("cursor", "!!").when().get("/api/accounts/{id}/audit", id)
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("cursor", "YWJj").when().get("/api/accounts/{id}/audit", id)
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static JsonPath page(UUID id, String cursor) {
        var request = given().queryParam("limit", 2);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.when().get("/api/accounts/{id}/audit", id).then().statusCode(200).extract().jsonPath();
    }
}
