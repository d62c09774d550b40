package dev.kam.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * R3 (issue 11): PostgreSQL is stopped under load (reads on each service directly and through the gateway,
 * and a burst of purchases) and started again. While it is away every answer is a 503 problem+json within
 * 5 s, never a 500 or a hang; once it is back each service answers again within 10 s by itself (the gateway
 * may add the open time of its circuit breaker, 10 s by default); and every purchase, retried after its
 * 503, arrives exactly once. Short: 5 s without PostgreSQL; long: 20 s.
 */
@Tag("resilience")
class PostgresRestartIT {

    private static final Duration OUTAGE = Duration.ofSeconds(Suite.RESILIENCE_LONG ? 20 : 5);
    private static final int ACCOUNTS = Suite.RESILIENCE_LONG ? 100 : 20;
    private static final Duration SPREAD = OUTAGE.multipliedBy(2).plusSeconds(4);
    private static final long ANSWER_LIMIT_MILLIS = 5_000;
    private static final long RECOVERY_LIMIT_MILLIS = 10_000;
    // The gateway's circuit breaker (KAM_BREAKER_OPEN) answers 503 at once for this long after it opened.
    private static final long BREAKER_OPEN_MILLIS = 10_000;

    /** One probe's answer, with when it was sent (System.nanoTime()). */
    private record Observation(long sentAt, RawHttp.Answer answer) {
        long answeredAt() {
            return sentAt + TimeUnit.MILLISECONDS.toNanos(answer.millis());
        }
    }

    @Test
    void whilePostgresIsAwayAnswersAre503ProblemsAndServicesRecoverWithinTenSeconds() throws Exception {
        KateQuarter quarter = KateQuarter.withPlanInForce();
        List<String> accounts = PurchaseBurst.registerAccounts(ACCOUNTS, "R3 Postgres Restart");
        List<PurchaseBurst.Purchase> purchases = PurchaseBurst.across(accounts, quarter.months());
        Map<String, String> probes = new LinkedHashMap<>();
        probes.put("account-service", Suite.ACCOUNT_URL + "/api/accounts/" + accounts.get(0));
        probes.put("contact-service", Suite.CONTACT_URL + "/api/stakeholders?accountId=" + accounts.get(0));
        probes.put("incentive-service", Suite.INCENTIVE_URL + "/api/incentives/statements/" + quarter.statementId);
        probes.put("gateway", Suite.GATEWAY_URL + "/api/accounts/" + accounts.get(0));
        // contact-service knows the account once its creation has arrived through Kafka
        probes.forEach((name, url) -> await(name + " answers before the test").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> RawHttp.get(url, FreshTokens.of(DemoUser.KATE), Duration.ofSeconds(10)).status() == 200));

        Map<String, List<Observation>> seen = new LinkedHashMap<>();
        AtomicBoolean watching = new AtomicBoolean(true);
        List<Thread> watchers = new ArrayList<>();
        probes.forEach((name, url) -> {
            List<Observation> observations = java.util.Collections.synchronizedList(new ArrayList<>());
            seen.put(name, observations);
            Thread watcher = new Thread(() -> {
                while (watching.get()) {
                    long sentAt = System.nanoTime();
                    observations.add(new Observation(sentAt,
                            RawHttp.get(url, FreshTokens.of(DemoUser.KATE), Duration.ofSeconds(30))));
                    pause(100);
                }
            }, "probe " + name);
            watcher.start();
            watchers.add(watcher);
        });

        long[] times = new long[3]; // stop asked, stopped, PostgreSQL accepting connections again
        PurchaseBurst.Report report;
        try {
            report = PurchaseBurst.send(purchases, SPREAD, 0.3, () -> {
                times[0] = System.nanoTime();
                KamCommand.kam("infra", "stop", "postgres");
                times[1] = System.nanoTime();
                pause(OUTAGE.toMillis());
                Thread starter = new Thread(() -> KamCommand.kam("infra", "start", "postgres"), "start postgres");
                starter.start();
                times[2] = awaitPostgres();
                try {
                    starter.join(TimeUnit.MINUTES.toMillis(3));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, Duration.ofSeconds(120));
            await("every probe answers again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> seen.values().stream().allMatch(o -> recoveredAt(o, times[2]) > 0));
        } finally {
            watching.set(false);
            for (Thread watcher : watchers) {
                watcher.join(TimeUnit.SECONDS.toMillis(40));
            }
            KamCommand.kam("infra", "start", "postgres");
        }

        System.out.printf("R3: PostgreSQL stopped in %d ms, away %d ms; purchases: %d sent in %d ms, repeated sends %s%n",
                (times[1] - times[0]) / 1_000_000, (times[2] - times[1]) / 1_000_000, report.purchases(),
                report.took().toMillis(), report.failedSends());
        seen.forEach((name, observations) -> {
            List<Observation> all = List.copyOf(observations);
            long unavailable = all.stream().filter(o -> o.answer().status() == 503).count();
            long slowest = all.stream().mapToLong(o -> o.answer().millis()).max().orElse(0);
            long recovery = (recoveredAt(all, times[2]) - times[2]) / 1_000_000;
            System.out.printf("R3 %s: %d requests, %d answered 503, slowest %d ms, answering again %d ms after "
                    + "PostgreSQL returned%n", name, all.size(), unavailable, slowest, recovery);
            assertThat(all).as("%s: every answer a 200 or a 503 problem, within 5 s", name).allSatisfy(o ->
                    assertThat((o.answer().status() == 200 || o.answer().status() == 503 && o.answer().isProblem())
                            && o.answer().millis() < ANSWER_LIMIT_MILLIS).as(o.answer().toString()).isTrue());
            assertThat(unavailable).as("%s: the outage was seen", name).isPositive();
            long limit = name.equals("gateway") ? RECOVERY_LIMIT_MILLIS + BREAKER_OPEN_MILLIS : RECOVERY_LIMIT_MILLIS;
            assertThat(recovery).as("%s: answering again after PostgreSQL returned (ms)", name).isLessThanOrEqualTo(limit);
        });
        PurchaseReconciliation.assertEachPurchaseCountedOnce("R3", purchases, quarter,
                Duration.ofSeconds(Suite.RESILIENCE_LONG ? 300 : 120));
    }

    /**
     * When the probe answered 200 again for good: the end of the first 200 after {@code since} that no
     * failure followed; 0 if it has not yet.
     */
    private static long recoveredAt(List<Observation> observations, long since) {
        if (since == 0) {
            return 0;
        }
        List<Observation> after;
        synchronized (observations) {
            after = observations.stream().filter(o -> o.sentAt() >= since).toList();
        }
        long recovered = 0;
        for (Observation o : after) {
            if (o.answer().status() != 200) {
                recovered = 0;
            } else if (recovered == 0) {
                recovered = o.answeredAt();
            }
        }
        return recovered;
    }

    /** Polls PostgreSQL itself until it takes a connection; returns when (System.nanoTime()). */
    private static long awaitPostgres() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            try (Connection connection = DriverManager.getConnection(Suite.DB_JDBC_BASE + ServiceDatabases.ACCOUNT,
                    Suite.DB_USER, Suite.DB_PASSWORD)) {
                if (connection.isValid(2)) {
                    return System.nanoTime();
                }
            } catch (java.sql.SQLException e) {
                // not yet
            }
            pause(100);
        }
        throw new IllegalStateException("PostgreSQL did not come back within 2 minutes");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
