package dev.kam.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * R7 (issue 11): a soak. A moderate mixed load through the gateway with real tokens of several demo users
 * (about 24 reads and 2 writes a second: dossiers, account list pages, /api/me, contact- and
 * incentive-service's /me and lists; kate registers accounts, records their purchases and logs
 * negotiations) for 30 minutes in the long set, 60 s in the short one ({@code KAM_SOAK_DURATION=PT3M}
 * overrides). Every answer must be the expected 2xx; each service's and the gateway's live heap (after a
 * full GC) and RSS may grow by at most 10% from the end of the warm-up (the first 10% of the run, at least
 * 20 s) to the end, each the lowest of three samples. What it wrote is then reconciled exactly (docs/adr/0030).
 */
@Tag("resilience")
class SoakIT {

    private static final Duration DURATION = Duration.parse(Suite.setting("kam.soak.duration",
            "KAM_SOAK_DURATION", Suite.RESILIENCE_LONG ? "PT30M" : "PT60S"));
    /** The JIT, pools and caches settle first: the comparison starts after it. */
    private static final Duration WARM_UP = max(DURATION.dividedBy(10), Duration.ofSeconds(20));
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(Suite.RESILIENCE_LONG ? 30 : 5);
    private static final List<String> PARTS = List.of("account", "contact", "incentive", "gateway");
    private static final double MAX_GROWTH = 0.10;
    /** Samples compared at each end (their lowest figures), so one sample that caught work in flight does not decide. */
    private static final int WINDOW = 3;

    /** Moderate, not a stress test: the 2-core machine runs the whole suite besides. */
    private static final int READS_PER_SECOND = 24;
    private static final int READERS = 3;
    private static final Duration WRITE_EVERY = Duration.ofMillis(500);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    /** One second's reads, by weight: 7 dossiers, 4 list pages, 2 /api/me, 5 contact-service, 6 incentive-service. */
    private static final List<String> READ_MIX = List.of(
            "dossier", "list-page", "incentives/me", "stakeholders", "dossier", "me", "statements",
            "dossier", "list-mine", "stakeholders/me", "incentives/me", "dossier", "statements", "list-page",
            "dossier", "stakeholders", "me", "incentives/me", "dossier", "list-page", "stakeholders/me",
            "statements", "dossier", "stakeholders");

    private final Map<String, Operation> operations = new ConcurrentHashMap<>();
    private final Map<String, Integer> errors = new ConcurrentHashMap<>();
    private final List<String> errorExamples = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong requests = new AtomicLong();

    private final List<String> accounts = new CopyOnWriteArrayList<>();
    private final List<PurchaseBurst.Purchase> purchases = new CopyOnWriteArrayList<>();
    private final AtomicInteger interactions = new AtomicInteger();
    private final AtomicReference<BigDecimal> concessionSum = new AtomicReference<>(BigDecimal.ZERO);
    private final AtomicReference<String> portfolioCursor = new AtomicReference<>();

    @Test
    void aModerateMixedLoadAnswersWithoutErrorsAndLeavesMemoryFlat() throws Exception {
        KateQuarter quarter = KateQuarter.withPlanInForce();
        List<String> withStakeholders = PurchaseBurst.registerAccounts(4, "R7 Soak reading");
        for (String account : withStakeholders) {
            addStakeholder(account);
        }
        accounts.addAll(withStakeholders);
        System.out.printf("R7: soak of %s (warm-up %s, a sample every %s): %d reads/s from %d threads, "
                + "a write every %d ms%n", DURATION, WARM_UP, SAMPLE_EVERY, READS_PER_SECOND, READERS,
                WRITE_EVERY.toMillis());

        long start = System.nanoTime();
        long end = start + DURATION.toNanos();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
        List<Future<?>> load = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, String> histogramsAfterWarmUp = new LinkedHashMap<>();
        Map<String, String> histogramsAtEnd = new LinkedHashMap<>();
        try {
            load.add(pool.submit(() -> write(quarter, start, stop)));
            AtomicLong nextRead = new AtomicLong();
            for (int t = 0; t < READERS; t++) {
                load.add(pool.submit(() -> read(withStakeholders, start, nextRead, stop)));
            }
            // The samples, on this thread, while the load runs; the last one at the very end, still under load.
            long every = SAMPLE_EVERY.toNanos();
            for (long at = 0; ; at = Math.min(at + every, DURATION.toNanos())) {
                sleepUntil(start + at);
                rows.add(new Row(at / 1_000_000_000, PARTS.stream().map(JvmMemory::of).toList(), requests.get(),
                        errorCount()));
                boolean firstAfterWarmUp = at >= WARM_UP.toNanos() && histogramsAfterWarmUp.isEmpty();
                if (firstAfterWarmUp || at == DURATION.toNanos()) {
                    for (String part : PARTS) {
                        (firstAfterWarmUp ? histogramsAfterWarmUp : histogramsAtEnd).put(part,
                                JvmMemory.classHistogram(part, 25));
                    }
                }
                if (at == DURATION.toNanos()) {
                    break;
                }
            }
            stop.set(true);
            for (Future<?> worker : load) {
                worker.get(2, TimeUnit.MINUTES);
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        List<Row> measured = rows.stream().filter(r -> r.second() >= WARM_UP.toSeconds()).toList();
        int window = measured.size() >= 2 * WINDOW ? WINDOW : 1;
        List<Row> afterWarmUp = measured.subList(0, window);
        List<Row> atEnd = measured.subList(measured.size() - window, measured.size());
        printTable(rows, afterWarmUp, atEnd);
        printOperations(seconds);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(errors).as("answers other than the expected 2xx, by operation and status; first ones: %s",
                errorExamples).isEmpty();
        for (int i = 0; i < PARTS.size(); i++) {
            JvmMemory.Sample from = floor(afterWarmUp, i);
            JvmMemory.Sample to = floor(atEnd, i);
            String part = PARTS.get(i);
            int p = i;
            softly.assertThat(rows.stream().map(r -> r.samples().get(p).pid()).distinct().toList())
                    .as("%s's PIDs: restarted during the soak, its figures do not compare", part).hasSize(1);
            boolean heapGrew = growth(from.liveHeapKb(), to.liveHeapKb()) > MAX_GROWTH;
            softly.assertThat(growth(from.liveHeapKb(), to.liveHeapKb())).as("%s: live heap growth after warm-up "
                    + "(%d -> %d KiB)", part, from.liveHeapKb(), to.liveHeapKb()).isLessThanOrEqualTo(MAX_GROWTH);
            softly.assertThat(growth(from.rssKb(), to.rssKb())).as("%s: RSS growth after warm-up (%d -> %d KiB)",
                    part, from.rssKb(), to.rssKb()).isLessThanOrEqualTo(MAX_GROWTH);
            if (heapGrew) {
                // where the growth is: the largest classes of live objects then and now
                System.out.printf("R7: %s's live heap grew; class histogram after the warm-up:%n%s%nand at the end:"
                        + "%n%s%n", part, histogramsAfterWarmUp.get(part), histogramsAtEnd.get(part));
            }
        }

        // Everything the soak wrote is there exactly once (counts and sums), and each purchase counted once.
        assertThat(purchases).as("the soak recorded purchases").isNotEmpty();
        List<String> written = purchases.stream().map(PurchaseBurst.Purchase::accountId).distinct().toList();
        List<BigDecimal> logged = ServiceDatabases.numbers(ServiceDatabases.ACCOUNT,
                "select count(distinct i.id), count(c.id), coalesce(sum(c.value_amount), 0) from interaction i "
                        + "left join concession c on c.interaction_id = i.id where i.account_id = any(?)",
                List.copyOf(accounts));
        softly.assertThat(logged.get(0).intValue()).as("account-service: interactions logged").isEqualTo(
                interactions.get());
        softly.assertThat(logged.get(1).intValue()).as("account-service: their concessions").isEqualTo(
                interactions.get());
        softly.assertThat(logged.get(2)).as("account-service: sum of the concessions' values")
                .isEqualByComparingTo(concessionSum.get());
        System.out.printf("R7: reconciled %d interactions (concessions %s EUR) on %d accounts%n",
                logged.get(0).intValue(), logged.get(2).toPlainString(), accounts.size());
        PurchaseReconciliation.assertEachPurchaseCountedOnce("R7", purchases, quarter,
                Duration.ofSeconds(Suite.RESILIENCE_LONG ? 300 : 120));
        System.out.printf("R7: %s: %d requests in %.0f s (%.1f/s), %d errors; %d accounts with purchases%n",
                softly.errorsCollected().isEmpty() ? "passed" : "FAILED", requests.get(), seconds, requests.get() / seconds,
                errorCount(), written.size());
        softly.assertAll();
    }

    // ---------------------------------------------------------------- the load

    /** Kate's writes, one every WRITE_EVERY: an account, its three months' purchases, two interactions. */
    private Void write(KateQuarter quarter, long start, AtomicBoolean stop) {
        long due = start;
        while (!stop.get()) {
            Map<String, Object> account = Map.of("name", "R7 Soak " + accounts.size() + " GmbH",
                    "legalId", "E2E-" + java.util.UUID.randomUUID(), "industry", "Machinery",
                    "segment", "Large enterprise", "region", "North", "status", "KEY",
                    "contactCadenceDays", 30, "comparisonRule", "SAME_PERIOD_PREVIOUS_YEAR");
            RawHttp.Answer created = call("register account", Set.of(201),
                    () -> RawHttp.post(Suite.GATEWAY_URL + "/api/accounts", FreshTokens.of(DemoUser.KATE), account,
                            REQUEST_TIMEOUT));
            due = pace(due, stop);
            if (created.status() != 201) {
                continue;
            }
            String accountId = created.json().path("id").asText();
            accounts.add(accountId);
            for (String month : quarter.months()) {
                if (stop.get()) {
                    return null;
                }
                int n = purchases.size();
                BigDecimal amount = BigDecimal.valueOf(100_000 + 137L * n + n % 97, 2);
                RawHttp.Answer stored = call("record purchase", Set.of(200, 201),
                        () -> RawHttp.put(Suite.GATEWAY_URL + "/api/accounts/" + accountId + "/purchase-volumes/"
                                + month, FreshTokens.of(DemoUser.KATE), null,
                                Map.of("volume", Map.of("amount", amount.toPlainString(), "currency", "EUR")),
                                REQUEST_TIMEOUT));
                if (stored.status() == 200 || stored.status() == 201) {
                    purchases.add(new PurchaseBurst.Purchase(accountId, month, amount));
                }
                due = pace(due, stop);
            }
            for (int i = 0; i < 2 && !stop.get(); i++) {
                int n = interactions.get();
                BigDecimal value = BigDecimal.valueOf(10_000 + 7L * n, 2);
                // concessions go with negotiations only (a business rule: a meeting with one is a 422)
                Map<String, Object> interaction = Map.of("kind", "NEGOTIATION",
                        "occurredAt", Instant.now().minusSeconds(3600).toString(),
                        "summary", "R7 soak visit " + n, "outcome", "POSITIVE",
                        "concessions", List.of(Map.of("direction", "GIVEN", "description", "R7 soak discount " + n,
                                "value", Map.of("amount", value.toPlainString(), "currency", "EUR"))));
                RawHttp.Answer logged = call("log interaction", Set.of(201),
                        () -> RawHttp.post(Suite.GATEWAY_URL + "/api/accounts/" + accountId + "/interactions",
                                FreshTokens.of(DemoUser.KATE), interaction, REQUEST_TIMEOUT));
                if (logged.status() == 201) {
                    interactions.incrementAndGet();
                    concessionSum.accumulateAndGet(value, BigDecimal::add);
                }
                due = pace(due, stop);
            }
        }
        return null;
    }

    /** The i-th read is due READS_PER_SECOND-th of a second after the (i-1)-th, whichever thread takes it. */
    private Void read(List<String> withStakeholders, long start, AtomicLong next, AtomicBoolean stop) {
        while (!stop.get()) {
            long i = next.getAndIncrement();
            sleepUntil(start + i * 1_000_000_000L / READS_PER_SECOND);
            if (stop.get()) {
                return null;
            }
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String account = accounts.get(random.nextInt(accounts.size()));
            String gateway = Suite.GATEWAY_URL;
            switch (READ_MIX.get((int) (i % READ_MIX.size()))) {
                case "dossier" -> get("dossier", gateway + "/api/accounts/" + account,
                        i % 2 == 0 ? DemoUser.KATE : DemoUser.DIANA);
                case "list-page" -> {
                    // diana pages through the whole portfolio, 20 at a time, and starts again after the last page
                    String cursor = portfolioCursor.get();
                    RawHttp.Answer page = get("account list page", gateway + "/api/accounts?limit=20"
                            + (cursor == null ? "" : "&cursor=" + cursor), DemoUser.DIANA);
                    if (page.status() == 200) {
                        String nextCursor = page.json().path("nextCursor").asText(null);
                        portfolioCursor.compareAndSet(cursor, nextCursor);
                    }
                }
                case "list-mine" -> get("account list page", gateway + "/api/accounts?mine=true&limit=20",
                        DemoUser.KATE);
                case "me" -> get("/api/me", gateway + "/api/me", i % 2 == 0 ? DemoUser.TOM : DemoUser.SAM);
                case "stakeholders/me" -> get("contact /me", gateway + "/api/stakeholders/me",
                        i % 2 == 0 ? DemoUser.TOM : DemoUser.KATE);
                case "stakeholders" -> get("contact list", gateway + "/api/stakeholders?limit=20&accountId="
                        + withStakeholders.get(random.nextInt(withStakeholders.size())), DemoUser.KATE);
                case "incentives/me" -> get("incentive /me", gateway + "/api/incentives/me",
                        List.of(DemoUser.KATE, DemoUser.CARL, DemoUser.SAM).get((int) (i % 3)));
                case "statements" -> get("incentive list", gateway + "/api/incentives/statements?limit=20"
                        + "&employeeId=" + DemoUser.KATE.id(), i % 2 == 0 ? DemoUser.KATE : DemoUser.CARL);
                default -> throw new IllegalStateException("unknown read");
            }
        }
        return null;
    }

    private RawHttp.Answer get(String operation, String url, DemoUser user) {
        return call(operation, Set.of(200), () -> RawHttp.get(url, FreshTokens.of(user), REQUEST_TIMEOUT));
    }

    /** Sends once (no retry: any other answer is an error of the soak), counts and times it. */
    private RawHttp.Answer call(String operation, Set<Integer> expected,
            java.util.function.Supplier<RawHttp.Answer> send) {
        RawHttp.Answer answer;
        try {
            answer = send.get();
        } catch (RuntimeException e) {
            // e.g. no token from Keycloak: an error of the soak like any other, not the end of this worker
            answer = new RawHttp.Answer(-1, null, null, null, 0, e.toString());
        }
        requests.incrementAndGet();
        operations.computeIfAbsent(operation, o -> new Operation()).times.add(answer.millis());
        if (!expected.contains(answer.status())) {
            errors.merge(operation + " -> " + (answer.answered() ? answer.status() : "no answer"), 1, Integer::sum);
            if (errorExamples.size() < 5) {
                errorExamples.add(operation + ": " + answer);
            }
        }
        return answer;
    }

    private long pace(long due, AtomicBoolean stop) {
        long next = due + WRITE_EVERY.toNanos();
        while (!stop.get() && System.nanoTime() < next) {
            sleepUntil(Math.min(next, System.nanoTime() + 200_000_000L));
        }
        return next;
    }

    // ---------------------------------------------------------------- setup

    /** A stakeholder on the account, once contact-service has learnt of it (from kam.accounts.v1). */
    private static void addStakeholder(String account) {
        Map<String, Object> stakeholder = Map.of("accountId", account, "name", "Soak Reader",
                "position", "Head of Purchasing", "assessment",
                Map.of("interest", 2, "involvement", 2, "reason", "Signs the framework contracts"));
        Awaitility.await("contact-service knows account " + account).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    RawHttp.Answer created = RawHttp.post(Suite.GATEWAY_URL + "/api/stakeholders",
                            FreshTokens.of(DemoUser.KATE), stakeholder, REQUEST_TIMEOUT);
                    assertThat(created.status()).as(created.toString()).isIn(201, 422);
                    return created.status() == 201;
                });
    }

    // ---------------------------------------------------------------- figures

    private record Row(long second, List<JvmMemory.Sample> samples, long requests, int errors) {
    }

    private static final class Operation {
        final ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
    }

    private int errorCount() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The lowest live heap and the lowest RSS of a part over a few samples: a full GC that catches work in
     * flight (a draft recomputation holds a thousand entities for a moment) lifts one sample, never the floor,
     * which is what a leak raises.
     */
    private static JvmMemory.Sample floor(List<Row> window, int part) {
        List<JvmMemory.Sample> samples = window.stream().map(r -> r.samples().get(part)).toList();
        JvmMemory.Sample first = samples.get(0);
        return new JvmMemory.Sample(first.part(), first.pid(),
                samples.stream().mapToLong(JvmMemory.Sample::liveHeapKb).min().orElseThrow(),
                samples.stream().mapToLong(JvmMemory.Sample::committedHeapKb).min().orElseThrow(),
                samples.stream().mapToLong(JvmMemory.Sample::rssKb).min().orElseThrow());
    }

    private static void printTable(List<Row> rows, List<Row> afterWarmUp, List<Row> atEnd) {
        StringBuilder table = new StringBuilder("R7: memory of each part, live heap after a full GC / RSS, MiB "
                + "(the lowest of the rows marked * after the warm-up against the lowest of those marked # at the end)\n");
        table.append(String.format("%6s", "t s"));
        for (String part : PARTS) {
            table.append(String.format(" %15s", part));
        }
        table.append(String.format(" %9s %6s%n", "requests", "errors"));
        for (Row row : rows) {
            table.append(String.format("%5d%s", row.second(), afterWarmUp.contains(row) ? "*" : atEnd.contains(row) ? "#" : " "));
            for (JvmMemory.Sample sample : row.samples()) {
                table.append(String.format(" %15s", String.format("%.1f / %.1f", sample.liveHeapKb() / 1024.0,
                        sample.rssKb() / 1024.0)));
            }
            table.append(String.format(" %9d %6d%n", row.requests(), row.errors()));
        }
        Row last = rows.get(rows.size() - 1);
        table.append(String.format("%6s", "growth"));
        for (int i = 0; i < PARTS.size(); i++) {
            JvmMemory.Sample from = floor(afterWarmUp, i);
            JvmMemory.Sample to = floor(atEnd, i);
            table.append(String.format(" %15s", String.format("%+.1f%% / %+.1f%%",
                    100 * growth(from.liveHeapKb(), to.liveHeapKb()), 100 * growth(from.rssKb(), to.rssKb()))));
        }
        table.append(String.format("   (limit +%.0f%%; committed heap at the end, MiB:", 100 * MAX_GROWTH));
        for (JvmMemory.Sample sample : last.samples()) {
            table.append(String.format(" %s %.0f", sample.part(), sample.committedHeapKb() / 1024.0));
        }
        System.out.println(table.append(")"));
    }

    private void printOperations(double seconds) {
        StringBuilder table = new StringBuilder(String.format("R7: %d requests in %.0f s (%.1f/s)%n",
                requests.get(), seconds, requests.get() / seconds));
        table.append(String.format("%-18s %7s %7s %7s %7s %7s%n", "operation", "count", "p50 ms", "p99 ms", "max ms",
                "errors"));
        new java.util.TreeMap<>(operations).forEach((name, operation) -> {
            long[] times = operation.times.stream().mapToLong(Long::longValue).sorted().toArray();
            int failed = errors.entrySet().stream().filter(e -> e.getKey().startsWith(name + " -> "))
                    .mapToInt(Map.Entry::getValue).sum();
            table.append(String.format("%-18s %7d %7d %7d %7d %7d%n", name, times.length,
                    times[(int) Math.floor(0.50 * (times.length - 1))], times[(int) Math.floor(0.99 * (times.length - 1))],
                    times[times.length - 1], failed));
        });
        if (!errors.isEmpty()) {
            table.append("errors: ").append(errors).append("\nfirst ones: ").append(errorExamples).append('\n');
        }
        System.out.print(table);
    }

    private static double growth(long from, long to) {
        return (to - from) / (double) from;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static void sleepUntil(long nanoTime) {
        PurchaseBurst.sleepNanos(nanoTime - System.nanoTime());
    }
}
