package dev.kam.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kam.events.purchase.PurchaseEvents;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The exact reconciliation that ends each purchase burst: what kate sent against what each service
 * holds. account-service: one volume row and one outbox event per purchase, every event sent, its
 * relay's backlog (shown by its readiness check) back to 0. incentive-service: one purchase fact per
 * purchase (none lost, none doubled: counted per account and month), their sum equal to what was sent,
 * and kate's draft statement's volume line equal to that sum.
 */
final class PurchaseReconciliation {

    private PurchaseReconciliation() {
    }

    /** Waits (up to {@code patience}) until everything has arrived, then checks it exactly; prints the figures. */
    static void assertEachPurchaseCountedOnce(String test, List<PurchaseBurst.Purchase> sent, KateQuarter quarter,
            Duration patience) {
        int n = sent.size();
        BigDecimal sum = PurchaseBurst.sum(sent);
        List<String> accounts = sent.stream().map(PurchaseBurst.Purchase::accountId).distinct()
                .collect(Collectors.toList());
        long start = System.nanoTime();

        List<BigDecimal> volumes = ServiceDatabases.numbers(ServiceDatabases.ACCOUNT,
                "select count(*), sum(amount) from purchase_volume where account_id = any(?)", accounts);
        assertThat(volumes.get(0).intValue()).as("account-service: volume rows").isEqualTo(n);
        assertThat(volumes.get(1)).as("account-service: sum of volumes").isEqualByComparingTo(sum);

        await("account-service relays every purchase event").atMost(patience).pollInterval(Duration.ofMillis(500))
                .until(() -> outbox(accounts).get(1).intValue() == n);
        List<BigDecimal> outbox = outbox(accounts);
        assertThat(outbox.get(0).intValue()).as("account-service: one outbox event per purchase").isEqualTo(n);
        await("account-service's outbox backlog drains to 0").atMost(patience).pollInterval(Duration.ofMillis(500))
                .until(() -> outboxBacklog() == 0);

        await("incentive-service records every purchase").atMost(patience).pollInterval(Duration.ofMillis(500))
                .until(() -> facts(accounts).get(0).intValue() >= n);
        long arrivedMillis = (System.nanoTime() - start) / 1_000_000;
        List<BigDecimal> facts = facts(accounts);
        assertThat(facts.get(0).intValue()).as("incentive-service: purchase facts (a doubled event adds one)")
                .isEqualTo(n);
        assertThat(facts.get(1).intValue()).as("incentive-service: distinct account months").isEqualTo(n);
        assertThat(facts.get(2)).as("incentive-service: sum of the facts").isEqualByComparingTo(sum);

        // the draft also waits for the accounts' team (kam.accounts.v1, another consumer, rebalanced after a crash)
        await("kate's draft statement counts every purchase").atMost(patience)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> quarter.volumeOnStatement().compareTo(sum) == 0);
        assertThat(quarter.volumeOnStatement()).as("the draft's volume line").isEqualByComparingTo(sum);
        System.out.printf("%s: reconciled %d purchases, sum %s EUR: account-service %d rows, %d outbox events all "
                + "sent, backlog 0; incentive-service %d facts (%d distinct account months), statement volume %s; "
                + "all arrived %d ms after the burst ended%n", test, n, sum.toPlainString(), volumes.get(0).intValue(),
                outbox.get(0).intValue(), facts.get(0).intValue(), facts.get(1).intValue(),
                quarter.volumeOnStatement().toPlainString(), arrivedMillis);
    }

    private static List<BigDecimal> outbox(List<String> accounts) {
        return ServiceDatabases.numbers(ServiceDatabases.ACCOUNT,
                "select count(*), count(sent_at) from outbox_event where event_type = ? and event_key::uuid = any(?)",
                PurchaseEvents.VOLUME_RECORDED.type(), accounts);
    }

    private static List<BigDecimal> facts(List<String> accounts) {
        return ServiceDatabases.numbers(ServiceDatabases.INCENTIVE,
                "select count(*), count(distinct (account_id, period)), sum(amount) from purchase_fact "
                        + "where account_id = any(?)", accounts);
    }

    /** Events of these purchases' accounts that account-service's outbox has not sent yet. */
    static int unsentEvents(List<PurchaseBurst.Purchase> purchases) {
        List<BigDecimal> outbox = outbox(purchases.stream().map(PurchaseBurst.Purchase::accountId).distinct()
                .collect(Collectors.toList()));
        return outbox.get(0).intValue() - outbox.get(1).intValue();
    }

    /** The backlog account-service's readiness check reports for its outbox relay. */
    static int outboxBacklog() {
        Integer backlog = RestAssured.given().get(Suite.ACCOUNT_URL + "/q/health/ready").then().extract()
                .path("checks.find { it.name == 'outbox-relay' }.data.backlog");
        return backlog == null ? -1 : backlog;
    }
}
