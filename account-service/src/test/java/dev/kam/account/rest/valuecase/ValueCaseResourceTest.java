package dev.kam.account.rest.valuecase;

import static dev.kam.plumbing.testing.DemoUsers.DIANA;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.MAX;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.account.fixtures.Dossiers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ValueCaseResourceTest {

    private static final String CASES = "/api/accounts/{id}/value-cases";
    private static final String CASE = "/api/accounts/{id}/value-cases/{caseId}";

    @Inject
    Dossiers rows;

    @Test
    @TestSecurity(user = "tom", roles = {"account-team-member", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = TOM))
    void aTeamMemberBuildsAValueCaseAndSeesEveryNumberOfTheCalculation() {
        UUID account = rows.keyAccount();

        given().contentType(ContentType.JSON).body(coolantCase())
                .when().post(CASES, account)
                .then().statusCode(201)
                .header("Location", containsString("/api/accounts/" + account + "/value-cases/"))
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo("Coolant supply 2026-2028"))
                .body("alternativeKind", equalTo("COMPETITOR"))
                .body("components", hasSize(4))
                .body("components[0].ourCost.amount", equalTo("52000.00"))
                .body("calculation.ourTotalCost.amount", equalTo("168000.00"))
                .body("calculation.alternativeTotalCost.amount", equalTo("186000.00"))
                .body("calculation.saving.amount", equalTo("18000.00"))
                .body("calculation.lines[1].occurrences", equalTo(3))
                .body("calculation.lines[1].saving.amount", equalTo("27000.00"))
                .body("calculation.lines[1].calculation", equalTo(
                        "ours 2000.00 EUR x 3 = 6000.00 EUR; alternative 11000.00 EUR x 3 = 33000.00 EUR; "
                                + "saving 27000.00 EUR"))
                .body("calculation.lines[2].occurrences", equalTo(1))
                .body("calculation.savingByEvidence.MEASURED.amount", equalTo("-12000.00"))
                .body("calculation.savingByEvidence.DEMONSTRABLE.amount", equalTo("27000.00"))
                .body("calculation.savingByEvidence.ESTIMATE.amount", equalTo("-6000.00"))
                .body("calculation.savingByEvidence.OPINION.amount", equalTo("9000.00"))
                .body("calculation.evidenceShare.basis.amount", equalTo("36000.00"))
                .body("calculation.evidenceShare.hardPercent", equalTo("75.0"))
                .body("calculation.evidenceShare.estimatePercent", equalTo("0.0"))
                .body("calculation.evidenceShare.opinionPercent", equalTo("25.0"))
                .body("calculation.savingProvenByHardEvidence", equalTo(false))
                .body("createdBy", equalTo(TOM));

        assertThat(rows.count("select count(*) from dossier_audit where account_id = :id and action = :action",
                Map.of("id", account, "action", "VALUE_CASE_CREATED"))).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aRetriedCreationWithTheSameIdempotencyKeyCreatesOnce() {
        UUID account = rows.keyAccount();
        String key = UUID.randomUUID().toString();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(coolantCase())
                .when().post(CASES, account)
                .then().statusCode(201)
                .extract().path("id");

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(coolantCase())
                .when().post(CASES, account)
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(first));

        assertThat(rows.count("select count(*) from value_case where account_id = :id", Map.of("id", account)))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aCaseIsReadWithItsCalculationAndListedWithItsTotals() {
        UUID account = rows.keyAccount();
        String first = create(account, coolantCase());
        Map<String, Object> empty = coolantCase();
        empty.put("title", "Status quo, no figures yet");
        empty.put("alternativeKind", "STATUS_QUO");
        empty.put("components", List.of());
        String second = create(account, empty);

        given().when().get(CASE, account, first)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(first))
                .body("calculation.saving.amount", equalTo("18000.00"));
        String cursor = given().queryParam("limit", 1).when().get(CASES, account)
                .then().statusCode(200)
                .body("items.id", contains(second))
                .body("items[0].saving.amount", equalTo("0.00"))
                .body("items[0].hardEvidencePercent", equalTo("0.0"))
                .extract().path("nextCursor");
        given().queryParam("limit", 1).queryParam("cursor", cursor).when().get(CASES, account)
                .then().statusCode(200)
                .body("items.id", contains(first))
                .body("items[0].components", equalTo(4))
                .body("items[0].saving.amount", equalTo("18000.00"))
                .body("items[0].hardEvidencePercent", equalTo("75.0"))
                .body("nextCursor", nullValue());
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aCaseIsReplacedWholeOnlyWithTheVersionLastRead() {
        UUID account = rows.keyAccount();
        String id = create(account, coolantCase());
        Map<String, Object> changed = coolantCase();
        changed.put("horizonYears", 5);
        changed.put("components", List.of(component("PRICE", "52000.00", "50000.00", "ANNUAL", "MEASURED")));

        given().contentType(ContentType.JSON).body(changed)
                .when().put(CASE, account, id)
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed)
                .when().put(CASE, account, id)
                .then().statusCode(412).contentType("application/problem+json");
        given().when().get(CASE, account, id).then().body("components", hasSize(4)).body("horizonYears", equalTo(3));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put(CASE, account, id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("horizonYears", equalTo(5))
                .body("components", hasSize(1))
                .body("calculation.saving.amount", equalTo("-10000.00"))
                .body("calculation.savingProvenByHardEvidence", equalTo(false));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put(CASE, account, id)
                .then().statusCode(412);
        assertThat(rows.count("select count(*) from value_case_component where value_case_id = :id",
                Map.of("id", UUID.fromString(id)))).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void invalidCasesAreRefusedFieldByFieldAndNothingIsStored() {
        UUID account = rows.keyAccount();
        Map<String, Object> body = coolantCase();
        body.put("horizonYears", 11);
        body.put("currency", "eur");
        body.put("components", List.of(component("PRICE", "-1.00", "2.001", "ANNUAL", "MEASURED")));

        given().contentType(ContentType.JSON).body(body)
                .when().post(CASES, account)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("horizonYears"))
                .body("violations.field", hasItem("currency"))
                .body("violations.field", hasItem("components[0].ourCost"))
                .body("violations.field", hasItem("components[0].alternativeCost"));
        Map<String, Object> unknownKind = coolantCase();
        unknownKind.put("alternativeKind", "FRIEND");
        given().contentType(ContentType.JSON).body(unknownKind)
                .when().post(CASES, account)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("alternativeKind"));
        Map<String, Object> tooMany = coolantCase();
        List<Map<String, Object>> components = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            components.add(component("OTHER", "1.00", "2.00", "ONE_OFF", "OPINION"));
        }
        tooMany.put("components", components);
        given().contentType(ContentType.JSON).body(tooMany)
                .when().post(CASES, account)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("components"));
        Map<String, Object> unknownCurrency = coolantCase();
        unknownCurrency.put("currency", "XYZ");
        given().contentType(ContentType.JSON).body(unknownCurrency)
                .when().post(CASES, account)
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(rows.count("select count(*) from value_case where account_id = :id", Map.of("id", account)))
                .isZero();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aCaseIsFoundOnlyUnderItsOwnAccount() {
        UUID account = rows.keyAccount();
        UUID other = rows.keyAccount();
        String id = create(account, coolantCase());

        given().when().get(CASE, other, id).then().statusCode(404).contentType("application/problem+json");
        given().when().get(CASE, account, UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(coolantCase())
                .when().put(CASE, other, id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "diana", roles = {"sales-director", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = DIANA))
    void theSalesDirectorReadsCasesButDoesNotBuildThem() {
        UUID account = rows.keyAccount();
        rows.execute("""
                insert into value_case (id, account_id, title, alternative_name, alternative_kind, horizon_years,
                    currency, created_by, created_at, updated_at)
                values (:id, :account, 'Existing', 'Rival', 'COMPETITOR', 2, 'EUR', :by, now(), now())""",
                Map.of("id", UUID.randomUUID(), "account", account, "by", KATE));

        given().when().get(CASES, account).then().statusCode(200).body("items.title", contains("Existing"));
        given().contentType(ContentType.JSON).body(coolantCase())
                .when().post(CASES, account)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "max", roles = {"marketing", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = MAX))
    void marketingSeesOnlyTheSummaryNotTheValueCases() {
        UUID account = rows.keyAccount();
        given().when().get(CASES, account).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "eve", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "sub", value = EVE))
    void someoneOutsideTheTeamDoesNotLearnTheAccountExists() {
        UUID account = rows.keyAccount();
        given().when().get(CASES, account).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(coolantCase())
                .when().post(CASES, account).then().statusCode(404).contentType("application/problem+json");
        assertThat(rows.count("select count(*) from value_case where account_id = :id", Map.of("id", account)))
                .isZero();
    }

    private static String create(UUID account, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(CASES, account)
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Three years of coolant: dearer price, far less downtime, a one-off switch, and one opinion. */
    static Map<String, Object> coolantCase() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Coolant supply 2026-2028");
        body.put("alternativeName", "Rival Chemicals");
        body.put("alternativeKind", "COMPETITOR");
        body.put("horizonYears", 3);
        body.put("currency", "EUR");
        body.put("components", List.of(
                component("PRICE", "52000.00", "48000.00", "ANNUAL", "MEASURED"),
                component("DOWNTIME", "2000.00", "11000.00", "ANNUAL", "DEMONSTRABLE"),
                component("SWITCHING", "6000.00", "0", "ONE_OFF", "ESTIMATE"),
                component("SERVICE", "0.00", "3000.00", "ANNUAL", "OPINION")));
        return body;
    }

    private static Map<String, Object> component(String category, String ours, String theirs, String recurrence,
            String evidence) {
        return Map.of("category", category, "description", category + " cost", "ourCost", ours,
                "alternativeCost", theirs, "recurrence", recurrence, "evidenceKind", evidence,
                "source", "Figures of March 2026");
    }
}
