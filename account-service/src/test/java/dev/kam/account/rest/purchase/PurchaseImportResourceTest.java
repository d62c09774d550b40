package dev.kam.account.rest.purchase;

import static dev.kam.plumbing.testing.DemoUsers.ADA;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.SAM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.kam.account.fixtures.Dossiers;
import dev.kam.events.EventSchemaValidator;
import dev.kam.events.purchase.PurchaseEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PurchaseImportResourceTest {

    private static final String IMPORTS = "/api/accounts/purchase-volumes/imports";

    @Inject
    Dossiers rows;

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void anAdminImportsAJsonBatchForManyAccountsWithOneEventPerRow() {
        UUID first = rows.keyAccount();
        UUID second = rows.keyAccount();
        List<Map<String, Object>> batch = List.of(
                row("accountId", first.toString(), "2025-Q1", "125000.00", "EUR", null),
                row("legalId", rows.legalIdOf(second), "2025-Q1", 98000.5, "EUR", "310"),
                row("accountId", first.toString(), "2025-Q2", 130000, "EUR", null));

        given().contentType(ContentType.JSON).body(batch)
                .when().post(IMPORTS)
                .then().statusCode(200)
                .body("received", equalTo(3))
                .body("created", equalTo(3))
                .body("replaced", equalTo(0))
                .body("unchanged", equalTo(0))
                .body("accounts", equalTo(2));

        List<Dossiers.OutboxRow> events = rows.outbox(second, PurchaseEvents.VOLUME_RECORDED.type());
        assertThat(events).hasSize(1);
        assertThat(events.get(0).payload()).contains("\"amount\":\"98000.50\"").contains("\"quantity\":\"310\"");
        assertThat(EventSchemaValidator.violations(PurchaseEvents.VOLUME_RECORDED.type(), events.get(0).payload()))
                .isEmpty();
        assertThat(rows.outbox(first, PurchaseEvents.VOLUME_RECORDED.type())).hasSize(2);
        assertThat(rows.single("select source from purchase_volume where account_id = :id and period = '2025-Q2'",
                Map.of("id", first))).isEqualTo("IMPORT");
        assertThat(rows.single("select health_score from account where id = :id", Map.of("id", second)))
                .as("health is reassessed after the import").isNotNull();
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void theHealthOfManyImportedAccountsIsReassessedInTheBackground() {
        List<UUID> accounts = new ArrayList<>();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            UUID account = rows.keyAccount();
            accounts.add(account);
            batch.add(row("accountId", account.toString(), "2025", "100.00", "EUR", null));
        }

        given().contentType(ContentType.JSON).body(batch)
                .when().post(IMPORTS).then().statusCode(200).body("accounts", equalTo(12));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> rows.count(
                "select count(*) from account where id in (:ids) and health_score is not null",
                Map.of("ids", accounts)) == 12);
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void sendingABatchAgainChangesOnlyWhatDiffers() {
        UUID account = rows.keyAccount();
        List<Map<String, Object>> batch = List.of(
                row("accountId", account.toString(), "2025-01", "100.00", "EUR", null),
                row("accountId", account.toString(), "2025-02", "200.00", "EUR", null));
        given().contentType(ContentType.JSON).body(batch).when().post(IMPORTS).then().statusCode(200);

        List<Map<String, Object>> again = List.of(
                row("accountId", account.toString(), "2025-01", "100", "EUR", null),
                row("accountId", account.toString(), "2025-02", "250.00", "EUR", null));
        given().contentType(ContentType.JSON).body(again)
                .when().post(IMPORTS)
                .then().statusCode(200)
                .body("created", equalTo(0))
                .body("replaced", equalTo(1))
                .body("unchanged", equalTo(1));

        assertThat(rows.outbox(account, PurchaseEvents.VOLUME_RECORDED.type())).hasSize(3);
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void aBatchLongerThanOneFlushIsWrittenWhole() {
        // 10 accounts x 120 months: 1,200 rows, written in chunks of ROWS_PER_FLUSH; the second batch replaces
        // every seventh row, most of them in the later chunks, whose stored records are read chunk by chunk
        List<UUID> accounts = IntStream.range(0, 10).mapToObj(i -> rows.keyAccount()).toList();
        given().contentType(ContentType.JSON).body(monthsOf(accounts, row -> "100.00"))
                .when().post(IMPORTS).then().statusCode(200)
                .body("created", equalTo(1200)).body("replaced", equalTo(0));

        given().contentType(ContentType.JSON).body(monthsOf(accounts, row -> row % 7 == 0 ? "107.00" : "100"))
                .when().post(IMPORTS).then().statusCode(200)
                .body("received", equalTo(1200))
                .body("created", equalTo(0))
                .body("replaced", equalTo(172))
                .body("unchanged", equalTo(1028))
                .body("accounts", equalTo(10));

        Map<String, Object> ids = Map.of("ids", accounts);
        assertThat(rows.count("select count(*) from purchase_volume where account_id in (:ids)", ids)).isEqualTo(1200);
        assertThat(new BigDecimal(rows.single("select sum(amount) from purchase_volume where account_id in (:ids)",
                ids).toString())).isEqualByComparingTo("121204.00");
        assertThat(rows.count("select count(*) from outbox_event where event_key in (:keys) and event_type = :type",
                Map.of("keys", accounts.stream().map(UUID::toString).toList(),
                        "type", PurchaseEvents.VOLUME_RECORDED.type()))).isEqualTo(1372);
    }

    /** Every month of 2010-2019 for each account, the amount chosen by the row's index in the batch. */
    private static List<Map<String, Object>> monthsOf(List<UUID> accounts, IntFunction<String> amount) {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (UUID account : accounts) {
            for (int month = 0; month < 120; month++) {
                String period = String.format("%d-%02d", 2010 + month / 12, month % 12 + 1);
                batch.add(row("accountId", account.toString(), period, amount.apply(batch.size()), "EUR", null));
            }
        }
        return batch;
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void aRetryWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
        UUID account = rows.keyAccount();
        List<Map<String, Object>> batch = List.of(row("accountId", account.toString(), "2025", "100.00", "EUR", null));
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(batch)
                .when().post(IMPORTS).then().statusCode(200).body("created", equalTo(1));

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(batch)
                .when().post(IMPORTS)
                .then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("created", equalTo(1))
                .body("unchanged", equalTo(0));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(List.of(row("accountId", account.toString(), "2025", "200.00", "EUR", null)))
                .when().post(IMPORTS)
                .then().statusCode(422).contentType("application/problem+json");

        assertThat(rows.outbox(account, PurchaseEvents.VOLUME_RECORDED.type())).hasSize(1);
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aKamImportsACsvForTheAccountsSheManages() {
        UUID account = rows.keyAccount();
        String legalId = rows.legalIdOf(account);
        String csv = "legalId,period,amount,currency,quantity\r\n"
                + "\"" + legalId + "\",2025-H1,\"1250.00\",EUR,12.5\r\n"
                + legalId + ",2025-H2,1300,EUR,\r\n\r\n";

        given().contentType("text/csv; charset=utf-8").body(csv)
                .when().post(IMPORTS)
                .then().statusCode(200)
                .body("created", equalTo(2));

        given().when().get("/api/accounts/{id}/purchase-volumes", account)
                .then().statusCode(200)
                .body("items.period", contains("2025-H2", "2025-H1"))
                .body("items.volume.amount", contains("1300.00", "1250.00"))
                .body("items.quantity", contains(null, "12.5"));
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void oneBadRowRejectsTheWholeBatchWithAReportPerRowAndField() {
        UUID mine = rows.keyAccount();
        UUID notMine = rows.account(SAM, Map.of(), a -> { });
        UUID onlyAMember = rows.account(SAM, Map.of(KATE, "TEAM_MEMBER"), a -> { });
        List<Map<String, Object>> batch = List.of(
                row("accountId", mine.toString(), "2025-Q1", "100.00", "EUR", null),
                row("accountId", mine.toString(), "2025-Q5", "abc", "EUR", null),
                row("accountId", notMine.toString(), "2025-Q1", "100.00", "EUR", null),
                row("accountId", onlyAMember.toString(), "2025-Q1", "100.00", "EUR", null),
                row("accountId", mine.toString(), "2025-Q1", "120.00", "EUR", "-1"),
                row("legalId", "no-such-legal-id", "2025-Q1", "100.00", "EURO", null),
                row("accountId", "42", "2025", "1.00", "EUR", null),
                row("accountId", null, "2025", "1.00", "EUR", null));

        given().contentType(ContentType.JSON).body(batch)
                .when().post(IMPORTS)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kam.dev/problems/purchase-import-rejected"))
                .body("detail", startsWith("7 of 8 rows are invalid; nothing was stored"))
                .body("violations.field", contains("rows[2].amount", "rows[2].period", "rows[3].accountId",
                        "rows[4].accountId", "rows[5].period", "rows[5].quantity", "rows[6].currency",
                        "rows[6].legalId", "rows[7].accountId", "rows[8].accountId"))
                .body("violations[4].message", containsString("Row 1"))
                .body("violations[3].message", containsString("do not manage"))
                .body("violations[2].message", equalTo("No such account"));

        assertThat(rows.count("select count(*) from purchase_volume where account_id in (:ids)",
                Map.of("ids", List.of(mine, notMine, onlyAMember)))).isZero();
        assertThat(rows.outbox(mine, PurchaseEvents.VOLUME_RECORDED.type())).isEmpty();
    }

    @Test
    @TestSecurity(user = "kate", roles = {"key-account-manager", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aBatchMayNotMixCurrenciesForOneAccount() {
        UUID account = rows.keyAccount();
        rows.execute("""
                insert into purchase_volume (account_id, period, period_type, period_start, amount, currency,
                    source, recorded_by, recorded_at)
                values (:id, '2024', 'YEAR', date '2024-01-01', 5000.00, 'EUR', 'API', :by, now())""",
                Map.of("id", account, "by", KATE));

        given().contentType(ContentType.JSON)
                .body(List.of(row("accountId", account.toString(), "2025", "1.00", "EUR", null),
                        row("accountId", account.toString(), "2026-01", "1.00", "USD", null)))
                .when().post(IMPORTS)
                .then().statusCode(422)
                .body("violations.field", contains("rows[2].currency"))
                .body("violations[0].message", containsString("EUR"));
        assertThat(rows.count("select count(*) from purchase_volume where account_id = :id", Map.of("id", account)))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void malformedBatchesAreRefusedBeforeAnyRowIsRead() {
        given().contentType(ContentType.JSON).body(Map.of("period", "2025"))
                .when().post(IMPORTS).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("JSON array"));
        given().contentType(ContentType.JSON).body("[")
                .when().post(IMPORTS).then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[]")
                .when().post(IMPORTS).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("no rows"));
        given().contentType(ContentType.JSON).body("[42]")
                .when().post(IMPORTS).then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("rows[1]"));
        given().contentType("text/csv").body("period,amount,currency\n2025,1.00,EUR\n")
                .when().post(IMPORTS).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("accountId or a legalId"));
        given().contentType("text/csv").body("legalId,period,amount,currency,colour\nX,2025,1.00,EUR,red\n")
                .when().post(IMPORTS).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("colour"));
        given().contentType("text/csv").body("legalId,period,amount,currency\nX,2025,1.00\n")
                .when().post(IMPORTS).then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("rows[1]"));
        given().contentType(ContentType.XML).body("<rows/>")
                .when().post(IMPORTS).then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void aBatchLargerThanTheCapIsRefused() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            batch.add(row("legalId", "L" + i, "2025", "1.00", "EUR", null));
        }
        given().contentType(ContentType.JSON).body(batch)
                .when().post(IMPORTS)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("at most 5000 rows"));
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void anOversizedCellOrLineIsRefusedAtOnceNamingRowAndColumn() {
        String legalId = rows.legalIdOf(rows.keyAccount());
        String megabyte = "9".repeat(1_000_000);
        long started = System.nanoTime();
        given().contentType("text/csv").body("legalId,period,amount,currency\n" + legalId + ",2025,1.00,EUR\n"
                        + legalId + ",2024," + megabyte + ",EUR\n")
                .when().post(IMPORTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("rows[2].amount"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));

        given().contentType("text/csv").body("legalId,period,amount,currency\n" + legalId + ",2025-Q1,1.00,EURO\n")
                .when().post(IMPORTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("rows[1].currency"));
        given().contentType("text/csv").body("legalId,period,amount,currency\n" + legalId + ",2025,1.00,EUR"
                        + ",".repeat(2000) + "\n")
                .when().post(IMPORTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("rows[1]"));
        given().contentType(ContentType.JSON).body(List.of(row("legalId", "L".repeat(300), "2025", "1.00", "EUR", null)))
                .when().post(IMPORTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("rows[1].legalId"));
        given().contentType(ContentType.JSON).body(List.of(row("legalId", "L\u0000", "2025", "1.00", "EUR", null)))
                .when().post(IMPORTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("rows[1].legalId"));
        assertThat(rows.count("select count(*) from purchase_volume where account_id in "
                + "(select id from account where legal_id = :legalId)", Map.of("legalId", legalId))).isZero();
    }

    @Test
    @TestSecurity(user = "ada", roles = {"kam-admin", "employee"})
    @OidcSecurity(claims = @Claim(key = "sub", value = ADA))
    void aCsvWithMoreRowsThanTheCapIsRefusedWhenTheFirstRowTooManyIsRead() {
        StringBuilder csv = new StringBuilder("legalId,period,amount,currency\n");
        for (int i = 0; i < 5001; i++) {
            csv.append('L').append(i).append(",2025,1.00,EUR\n");
        }
        given().contentType("text/csv").body(csv.toString())
                .when().post(IMPORTS)
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 5000 rows"));
    }

    @Test
    void anAnonymousCallerCannotImport() {
        given().contentType(ContentType.JSON).body("[]")
                .when().post(IMPORTS).then().statusCode(401).contentType("application/problem+json");
    }

    private static Map<String, Object> row(String idField, String id, String period, Object amount, String currency,
            String quantity) {
        Map<String, Object> row = new HashMap<>();
        if (id != null) {
            row.put(idField, id);
        }
        row.put("period", period);
        row.put("amount", amount);
        row.put("currency", currency);
        if (quantity != null) {
            row.put("quantity", quantity);
        }
        return row;
    }
}
