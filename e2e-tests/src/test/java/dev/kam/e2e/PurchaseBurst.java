package dev.kam.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Kate records purchase volumes through the gateway, spread evenly over a given time, while a fault is
 * set off once a share of them has gone out. Each purchase is sent until it is stored (200 or 201), the
 * way a client retries a PUT: an answer lost in a crash is simply asked again, and an unchanged volume
 * publishes nothing (account-service), so a retry can never count twice.
 */
final class PurchaseBurst {

    /** One account's volume for one month. */
    record Purchase(String accountId, String period, BigDecimal amount) {
    }

    /** What it took: how many sends did not store the purchase, by outcome ("503", "no answer", ...). */
    record Report(int purchases, Map<String, Integer> failedSends, long slowestMillis, Duration took) {
    }

    private static final int THREADS = 6;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private PurchaseBurst() {
    }

    /** {@code count} new accounts of kate's, registered in parallel. */
    static List<String> registerAccounts(int count, String label) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                ids.add(pool.submit(() -> {
                    Map<String, Object> account = Map.of("name", label + " " + n + " GmbH",
                            "legalId", "E2E-" + UUID.randomUUID(), "industry", "Machinery",
                            "segment", "Large enterprise", "region", "East", "status", "KEY",
                            "contactCadenceDays", 30, "comparisonRule", "SAME_PERIOD_PREVIOUS_YEAR");
                    RawHttp.Answer created = RawHttp.post(Suite.GATEWAY_URL + "/api/accounts",
                            FreshTokens.of(DemoUser.KATE), account, REQUEST_TIMEOUT);
                    assertThat(created.status()).as(created.toString()).isEqualTo(201);
                    return created.json().path("id").asText();
                }));
            }
            List<String> accounts = new ArrayList<>();
            for (Future<String> id : ids) {
                accounts.add(id.get());
            }
            return accounts;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every account in every month, each with its own amount (so a doubled or a lost one moves the sum). */
    static List<Purchase> across(List<String> accounts, List<String> months) {
        List<Purchase> purchases = new ArrayList<>();
        for (String account : accounts) {
            for (String month : months) {
                int n = purchases.size();
                purchases.add(new Purchase(account, month, BigDecimal.valueOf(100_000 + 137L * n + n % 97, 2)));
            }
        }
        return purchases;
    }

    static BigDecimal sum(List<Purchase> purchases) {
        return purchases.stream().map(Purchase::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Sends the purchases, the i-th not before {@code spread * i / n} after the start; when the one at
     * {@code faultAt} (a share, 0..1) is due, {@code fault} runs on its own thread, and the burst goes on.
     * Returns once every purchase is stored and the fault has finished (its failure is rethrown).
     */
    static Report send(List<Purchase> purchases, Duration spread, double faultAt, Runnable fault,
            Duration giveUpAfter) throws Exception {
        int n = purchases.size();
        int faultIndex = (int) Math.floor(n * faultAt);
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        Map<String, Integer> failed = new ConcurrentHashMap<>();
        CompletableFuture<Void> faultRun = new CompletableFuture<>();
        java.util.concurrent.atomic.AtomicBoolean faultStarted = new java.util.concurrent.atomic.AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        long due = start + spread.toNanos() * i / n;
                        sleepNanos(due - System.nanoTime());
                        if (i == faultIndex) {
                            Thread faultThread = new Thread(() -> {
                                try {
                                    fault.run();
                                    faultRun.complete(null);
                                } catch (Throwable e) {
                                    faultRun.completeExceptionally(e);
                                }
                            }, "fault");
                            faultStarted.set(true);
                            faultThread.start();
                        }
                        store(purchases.get(i), giveUpAfter, failed, slowest);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            faultRun.get(5, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
            // Even when the burst failed: the caller restores the stack next, never beside a fault still running.
            if (faultStarted.get()) {
                try {
                    faultRun.get(5, TimeUnit.MINUTES);
                } catch (Exception ignored) {
                    // reported above when the burst itself succeeded
                }
            }
        }
        return new Report(n, Map.copyOf(failed), slowest.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static void store(Purchase purchase, Duration giveUpAfter, Map<String, Integer> failed,
            AtomicLong slowest) {
        String url = Suite.GATEWAY_URL + "/api/accounts/" + purchase.accountId() + "/purchase-volumes/"
                + purchase.period();
        Map<String, Object> body = Map.of("volume", Map.of("amount", purchase.amount().toPlainString(),
                "currency", "EUR"));
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        while (true) {
            RawHttp.Answer answer = RawHttp.put(url, FreshTokens.of(DemoUser.KATE), null, body, REQUEST_TIMEOUT);
            slowest.accumulateAndGet(answer.millis(), Math::max);
            if (answer.status() == 200 || answer.status() == 201) {
                return;
            }
            // Only what an outage explains is retried: no answer, or the gateway's or a service's 5xx.
            assertThat(!answer.answered() || answer.status() >= 500).as("purchase %s: %s", purchase, answer)
                    .isTrue();
            failed.merge(answer.answered() ? Integer.toString(answer.status()) : "no answer", 1, Integer::sum);
            assertThat(System.nanoTime()).as("purchase %s still not stored: %s", purchase, answer)
                    .isLessThan(deadline);
            sleepNanos(TimeUnit.MILLISECONDS.toNanos(500));
        }
    }

    /** Sleeps this long (nothing when not positive); pacing shared by the load-driving tests. */
    static void sleepNanos(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
