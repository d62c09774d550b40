package dev.kam.account.rest.purchase;

import static dev.kam.plumbing.testing.DemoUsers.ADA;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.kam.account.fixtures.Dossiers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The batch cap is configuration (kam.purchase-import.max-rows): at a cap of 3, a fourth row is a 413 problem. */
@QuarkusTest
@TestProfile(PurchaseImportCapTest.ThreeRowsABatch.class)
class PurchaseImportCapTest {

    private static final String IMPORTS = "/api/accounts/purchase-volumes/imports";
    private static final int CAP = 3;

    @Inject
    Dossiers rows;

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void aBatchOfTheCapIsImportedAndOneRowMoreIsRefusedAsTooLarge() {
        String legalId = rows.legalIdOf(rows.keyAccount());

        given().contentType(ContentType.JSON).body(batch(legalId, CAP))
                .when().post(IMPORTS)
                .then().statusCode(200).body("created", equalTo(CAP));
        given().contentType(ContentType.JSON).body(batch(legalId, CAP + 1))
                .when().post(IMPORTS)
                .then().statusCode(413).contentType("application/problem+json")
                .body("title", equalTo("Batch too large"))
                .body("detail", equalTo("A batch holds at most 3 rows; this one has more. "
                        + "Split it and send the parts one after the other"));
        assertThat(rows.count("select count(*) from purchase_volume where account_id in "
                + "(select id from account where legal_id = :legalId)", Map.of("legalId", legalId))).isEqualTo(CAP);
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void aCsvOfOneRowMoreThanTheCapIsRefusedAsTooLarge() {
        StringBuilder csv = new StringBuilder("legalId,period,amount,currency\n");
        for (int year = 2001; year <= 2001 + CAP; year++) {
            csv.append("L,").append(year).append(",1.00,EUR\n");
        }
        given().contentType("text/csv").body(csv.toString())
                .when().post(IMPORTS)
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("A batch holds at most 3 rows; this one has more. "
                        + "Split it and send the parts one after the other"));
    }

    private static List<Map<String, Object>> batch(String legalId, int size) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int year = 2001; year < 2001 + size; year++) {
            batch.add(Map.of("legalId", legalId, "period", Integer.toString(year), "amount", "1.00",
                    "currency", "EUR"));
        }
        return batch;
    }

    public static class ThreeRowsABatch implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kam.purchase-import.max-rows", Integer.toString(CAP));
        }
    }
}
