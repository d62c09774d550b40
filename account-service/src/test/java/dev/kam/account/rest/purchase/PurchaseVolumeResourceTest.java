package dev.kam.account.rest.purchase;

import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.MAX;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.account.fixtures.Dossiers;
import dev.kam.events.EventSchemaValidator;
import dev.kam.events.purchase.PurchaseEvents;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.plumbing.testing.DemoUsers;
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

@QuarkusTest
class PurchaseVolumeResourceTest {

    private static final String VOLUMES = "/api/accounts/{id}/purchase-volumes";
    private static final String VOLUME = "/api/accounts/{id}/purchase-volumes/{period}";

    @Inject
    Dossiers rows;

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theKamRecordsAPeriodsVolumeAndItIsPublished() {
        UUID account = rows.keyAccount();

        given().contentType(ContentType.JSON).body(volume("125000.00", "EUR", "420.5"))
                .when().put(VOLUME, account, "2025-Q1")
                .then().statusCode(201)
                .header("Location", endsWith("/api/accounts/" + account + "/purchase-volumes/2025-Q1"))
                .body("accountId", equalTo(account.toString()))
                .body("period", equalTo("2025-Q1"))
                .body("periodType", equalTo("QUARTER"))
                .body("volume.amount", equalTo("125000.00"))
                .body("volume.currency", equalTo("EUR"))
                .body("quantity", equalTo("420.5"))
                .body("source", equalTo("API"))
                .body("recordedBy", equalTo(KATE));

        List<Dossiers.OutboxRow> events = rows.outbox(account, PurchaseEvents.VOLUME_RECORDED.type());
        assertThat(events).hasSize(1);
        assertThat(events.get(0).subject()).isEqualTo("2025-Q1");
        assertThat(events.get(0).payload()).contains("\"amount\":\"125000.00\"").contains("\"periodType\":\"QUARTER\"");
        assertThat(EventSchemaValidator.violations(PurchaseEvents.VOLUME_RECORDED.type(), events.get(0).payload()))
                .isEmpty();
        assertThat(rows.count("select count(*) from dossier_audit where account_id = :id and action = :action",
                Map.of("id", account, "action", "PURCHASE_VOLUME_RECORDED"))).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void recordingAPeriodAgainReplacesItsFiguresAndSameFiguresChangeNothing() {
        UUID account = rows.keyAccount();
        given().contentType(ContentType.JSON).body(volume("1000.00", "EUR", null))
                .when().put(VOLUME, account, "2025").then().statusCode(201);

        given().contentType(ContentType.JSON).body(volume("1500.50", "EUR", null))
                .when().put(VOLUME, account, "2025")
                .then().statusCode(200)
                .body("volume.amount", equalTo("1500.50"));
        given().contentType(ContentType.JSON).body(volume("1500.5", "EUR", null))
                .when().put(VOLUME, account, "2025")
                .then().statusCode(200);

        given().when().get(VOLUME, account, "2025")
                .then().statusCode(200)
                .body("volume.amount", equalTo("1500.50"))
                .body("quantity", nullValue());
        assertThat(rows.outbox(account, PurchaseEvents.VOLUME_RECORDED.type())).hasSize(2);
        assertThat(rows.count("select count(*) from purchase_volume where account_id = :id", Map.of("id", account)))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void aTeamMemberPaidOnTheVolumesMayNotRecordThem() {
        UUID account = rows.keyAccount();

        given().contentType(ContentType.JSON).body(volume("1000.00", "EUR", null))
                .when().put(VOLUME, account, "2025-Q1")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));

        assertNothingStored(account);
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = DemoUsers.EVE))
    void someoneOutsideTheTeamDoesNotLearnTheAccountExists() {
        UUID account = rows.keyAccount();

        given().contentType(ContentType.JSON).body(volume("1000.00", "EUR", null))
                .when().put(VOLUME, account, "2025-Q1")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get(VOLUMES, account).then().statusCode(404).contentType("application/problem+json");
        assertNothingStored(account);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void malformedFiguresAreRefusedFieldByFieldAndNothingIsStored() {
        UUID account = rows.keyAccount();

        given().contentType(ContentType.JSON).body(volume("-5.00", "EURO", "1.2345"))
                .when().put(VOLUME, account, "2026-Q5")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("period"))
                .body("violations.field", hasItem("volume.currency"))
                .body("violations.field", hasItem("volume.amount"))
                .body("violations.field", hasItem("quantity"));
        given().contentType(ContentType.JSON).body(Map.of("quantity", "3"))
                .when().put(VOLUME, account, "2026-Q1")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("volume"));
        given().contentType(ContentType.JSON).body(volume("123456789012345678.00", "EUR", null))
                .when().put(VOLUME, account, "2026-Q1")
                .then().statusCode(400)
                .body("violations.field", contains("volume.amount"));

        assertNothingStored(account);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anAccountsVolumesStayInOneCurrency() {
        UUID account = rows.keyAccount();
        given().contentType(ContentType.JSON).body(volume("1000.00", "EUR", null))
                .when().put(VOLUME, account, "2025-Q1").then().statusCode(201);

        given().contentType(ContentType.JSON).body(volume("1000.00", "USD", null))
                .when().put(VOLUME, account, "2025-Q2")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("one-currency-per-account"));

        given().when().get(VOLUME, account, "2025-Q2").then().statusCode(404).contentType("application/problem+json");
        // the only period may change its currency: nothing else would be left to compare with
        given().contentType(ContentType.JSON).body(volume("1100.00", "USD", null))
                .when().put(VOLUME, account, "2025-Q1").then().statusCode(200).body("volume.currency", equalTo("USD"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theListShowsNewestPeriodsFirstFilteredAndPageByPage() {
        UUID account = rows.keyAccount();
        for (String period : List.of("2024", "2025", "2025-Q1", "2025-Q2", "2025-Q3", "2025-03")) {
            given().contentType(ContentType.JSON).body(volume("100.00", "EUR", null))
                    .when().put(VOLUME, account, period).then().statusCode(201);
        }

        String cursor = given().queryParam("periodType", "QUARTER").queryParam("limit", 2)
                .when().get(VOLUMES, account)
                .then().statusCode(200)
                .body("items.period", contains("2025-Q3", "2025-Q2"))
                .extract().path("nextCursor");
        given().queryParam("periodType", "QUARTER").queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get(VOLUMES, account)
                .then().statusCode(200)
                .body("items.period", contains("2025-Q1"))
                .body("nextCursor", nullValue());
        given().queryParam("from", "2025-Q1").queryParam("to", "2025-Q1")
                .when().get(VOLUMES, account)
                .then().statusCode(200)
                .body("items.period", contains("2025-03", "2025-Q1", "2025"));
        given().queryParam("periodType", "WEEK").when().get(VOLUMES, account)
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("cursor", "garbage!").when().get(VOLUMES, account)
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("limit", 101).when().get(VOLUMES, account)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aBadQueryParameterIsA400NamingIt() {
        UUID account = rows.keyAccount();
        Map<String, String> listParameters = Map.of("limit", "ten", "periodType", "WEEK", "from", "2025-Q5",
                "to", "last year");
        listParameters.forEach((name, value) -> given().queryParam(name, value).when().get(VOLUMES, account)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains(name)));
        given().queryParam("limit", 0).when().get(VOLUMES, account)
                .then().statusCode(400).body("violations.field", contains("limit"));
        given().queryParam("rule", "LAST_MONTH").when().get(VOLUME + "/comparison", account, "2026-Q1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("rule"));
        given().when().get(VOLUME + "/comparison", account, "2026-Q9")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("period"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aPeriodIsComparedWithTheSamePeriodLastYearUnlessTheRuleSaysOtherwise() {
        UUID account = rows.keyAccount();
        record(account, "2025-Q1", "125000.00");
        record(account, "2025-Q4", "100000.00");
        record(account, "2026-Q1", "110000.00");

        given().when().get(VOLUME + "/comparison", account, "2026-Q1")
                .then().statusCode(200)
                .body("rule", equalTo("SAME_PERIOD_PREVIOUS_YEAR"))
                .body("comparedWith", equalTo("2025-Q1"))
                .body("current.amount", equalTo("110000.00"))
                .body("previous.amount", equalTo("125000.00"))
                .body("absoluteChange.amount", equalTo("-15000.00"))
                .body("relativeChangePercent", equalTo("-12.0"))
                .body("declinePercent", equalTo("12.0"))
                .body("declined", equalTo(true))
                .body("notLowerThanPrevious", equalTo(false));
        given().queryParam("rule", "PRECEDING_PERIOD")
                .when().get(VOLUME + "/comparison", account, "2026-Q1")
                .then().statusCode(200)
                .body("comparedWith", equalTo("2025-Q4"))
                .body("relativeChangePercent", equalTo("10.0"))
                .body("declinePercent", nullValue())
                .body("declined", equalTo(false))
                .body("notLowerThanPrevious", equalTo(true));
        given().when().get(VOLUME + "/comparison", account, "2025-Q1")
                .then().statusCode(200)
                .body("hasPrevious", equalTo(false))
                .body("previous", nullValue())
                .body("notLowerThanPrevious", equalTo(false));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void theAccountsOwnComparisonRuleIsTheDefault() {
        UUID account = rows.keyAccount(a -> a.comparisonRule = ComparisonRule.PRECEDING_PERIOD);
        record(account, "2025-12", "900.00");
        record(account, "2026-01", "1000.00");

        given().when().get(VOLUME + "/comparison", account, "2026-01")
                .then().statusCode(200)
                .body("rule", equalTo("PRECEDING_PERIOD"))
                .body("comparedWith", equalTo("2025-12"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void comparingAPeriodWithoutFiguresOrUnderAnUnknownRuleIsRefused() {
        UUID account = rows.keyAccount();
        record(account, "2026-Q1", "1.00");

        given().when().get(VOLUME + "/comparison", account, "2026-Q2")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("rule", "GUT_FEELING").when().get(VOLUME + "/comparison", account, "2026-Q1")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get(VOLUME + "/comparison", account, "Q1-2026")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get(VOLUME + "/comparison", "not-a-uuid", "2026-Q1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("accountId"));
    }

    @Test
    @TestSecurity(user = "max", roles = {"marketing", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingReadsVolumesAsPartOfTheSummaryButCannotRecordThem() {
        UUID account = rows.keyAccount();
        rows.execute("""
                insert into purchase_volume (account_id, period, period_type, period_start, amount, currency,
                    source, recorded_by, recorded_at)
                values (:id, '2025', 'YEAR', date '2025-01-01', 5000.00, 'EUR', 'API', :by, now())""",
                Map.of("id", account, "by", KATE));

        given().when().get(VOLUMES, account).then().statusCode(200).body("items.period", contains("2025"));
        given().contentType(ContentType.JSON).body(volume("1.00", "EUR", null))
                .when().put(VOLUME, account, "2026").then().statusCode(403).contentType("application/problem+json");
    }

    private static void record(UUID account, String period, String amount) {
        given().contentType(ContentType.JSON).body(volume(amount, "EUR", null))
                .when().put(VOLUME, account, period).then().statusCode(201);
    }

    static Map<String, Object> volume(String amount, String currency, String quantity) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("volume", Map.of("amount", amount, "currency", currency));
        if (quantity != null) {
            body.put("quantity", quantity);
        }
        return body;
    }

    private void assertNothingStored(UUID account) {
        assertThat(rows.count("select count(*) from purchase_volume where account_id = :id", Map.of("id", account)))
                .isZero();
        assertThat(rows.outbox(account, PurchaseEvents.VOLUME_RECORDED.type())).isEmpty();
    }
}
