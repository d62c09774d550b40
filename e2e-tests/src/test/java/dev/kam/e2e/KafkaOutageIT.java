package dev.kam.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * R1 (issue 11): Kafka is stopped in the middle of a burst of purchases and started again. Every purchase
 * is stored meanwhile (the outbox keeps the events, ADR 0004); once Kafka is back every event arrives, and
 * kate's draft statement counts each purchase exactly once. Short: 201 purchases, 10 s without Kafka;
 * long ({@code ./kam test --resilience}): 1,002 purchases, 30 s.
 */
@Tag("resilience")
class KafkaOutageIT {

    private static final int ACCOUNTS = Suite.RESILIENCE_LONG ? 334 : 67;
    private static final Duration OUTAGE = Duration.ofSeconds(Suite.RESILIENCE_LONG ? 30 : 10);
    private static final Duration SPREAD = OUTAGE.multipliedBy(2).plusSeconds(5);

    @Test
    void eventsRecordedWhileKafkaIsAwayAllArriveOnceItReturns() throws Exception {
        KateQuarter quarter = KateQuarter.withPlanInForce();
        List<PurchaseBurst.Purchase> purchases = PurchaseBurst.across(
                PurchaseBurst.registerAccounts(ACCOUNTS, "R1 Kafka Outage"), quarter.months());
        long[] away = new long[2];
        PurchaseBurst.Report report;
        try {
            report = PurchaseBurst.send(purchases, SPREAD, 0.3, () -> {
                KamCommand.kam("infra", "stop", "kafka");
                away[0] = System.nanoTime();
                try {
                    Thread.sleep(OUTAGE.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                int backlog = PurchaseReconciliation.unsentEvents(purchases);
                away[1] = System.nanoTime();
                KamCommand.kam("infra", "start", "kafka");
                // What piled up while Kafka was away: the outbox held it (read before the restart).
                System.out.printf("R1: purchase events waiting in account-service's outbox after %d s without "
                        + "Kafka: %d%n",
                        OUTAGE.toSeconds(), backlog);
                assertThat(backlog).as("events wait in the outbox while Kafka is away").isPositive();
            }, Duration.ofSeconds(60));
        } finally {
            KamCommand.kam("infra", "start", "kafka");
        }
        assertThat(report.failedSends()).as("no purchase needs Kafka to be stored").isEmpty();
        System.out.printf("R1: %d purchases sent in %d ms (slowest %d ms), Kafka away %d ms%n", report.purchases(),
                report.took().toMillis(), report.slowestMillis(), (away[1] - away[0]) / 1_000_000);
        PurchaseReconciliation.assertEachPurchaseCountedOnce("R1", purchases, quarter,
                Duration.ofSeconds(Suite.RESILIENCE_LONG ? 300 : 120));
    }
}
