package dev.kam.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R2 (issue 11): a service is killed with SIGKILL in the middle of a burst of purchases and started again
 * ({@code ./kam start <part>}): incentive-service, the consumer (offsets not yet committed are read again,
 * its inbox skips what it applied), and account-service, which takes the purchases (requests in flight
 * fail and are sent again; events committed but not yet relayed wait in its outbox). Nothing is lost,
 * nothing doubled. Short: incentive-service, 60 purchases; long: both, 1,002 purchases each.
 */
@Tag("resilience")
class ServiceCrashIT {

    private static final int ACCOUNTS = Suite.RESILIENCE_LONG ? 334 : 20;
    private static final Duration SPREAD = Duration.ofSeconds(Suite.RESILIENCE_LONG ? 60 : 12);

    /** The short set kills the consumer only: a restart costs half a minute on a busy 2-core machine. */
    static Stream<String> parts() {
        return Suite.RESILIENCE_LONG ? Stream.of("incentive", "account") : Stream.of("incentive");
    }

    @ParameterizedTest(name = "{0} killed mid-burst")
    @MethodSource("parts")
    void aServiceKilledMidBurstLosesNothingAndDoublesNothing(String part) throws Exception {
        KateQuarter quarter = KateQuarter.withPlanInForce();
        List<PurchaseBurst.Purchase> purchases = PurchaseBurst.across(
                PurchaseBurst.registerAccounts(ACCOUNTS, "R2 " + part + " crash"), quarter.months());
        long[] down = new long[2];
        PurchaseBurst.Report report;
        try {
            report = PurchaseBurst.send(purchases, SPREAD, 0.4, () -> {
                down[0] = System.nanoTime();
                KamCommand.kill(part);
                KamCommand.kam("start", part);
                down[1] = System.nanoTime();
            }, Duration.ofSeconds(120));
        } finally {
            KamCommand.kam("start", part);
        }
        System.out.printf("R2 %s: %d purchases sent in %d ms (slowest answer %d ms); SIGKILL to ready again %d ms; "
                + "sends that did not store and were repeated: %s%n", part, report.purchases(),
                report.took().toMillis(), report.slowestMillis(), (down[1] - down[0]) / 1_000_000,
                report.failedSends());
        if (part.equals("incentive")) {
            assertThat(report.failedSends()).as("the consumer's crash does not reach the purchases").isEmpty();
        }
        PurchaseReconciliation.assertEachPurchaseCountedOnce("R2 " + part, purchases, quarter,
                Duration.ofSeconds(Suite.RESILIENCE_LONG ? 300 : 120));
    }
}
