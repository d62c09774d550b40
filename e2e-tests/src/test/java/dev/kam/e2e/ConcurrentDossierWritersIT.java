package dev.kam.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * R6 (issue 11): 50 writers rewrite one dossier at once, each with the ETag all of them read. In every
 * round exactly one wins (200), the other 49 get a 412 problem; the dossier's version rises by one per
 * round, its final name is the last winner's, and the audit trail holds exactly the winners' changes,
 * in the order they won. A lost update would show as two 200s in a round, a version behind, or an
 * audit entry too few.
 */
@Tag("resilience")
class ConcurrentDossierWritersIT {

    private static final int WRITERS = 50;
    private static final int ROUNDS = Suite.RESILIENCE_LONG ? 40 : 4;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void fiftyWritersWithIfMatchOneWinsEachRoundAndNoUpdateIsLost() throws Exception {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", "R6 Concurrent Writers GmbH");
        profile.put("legalId", "E2E-R6-" + UUID.randomUUID());
        profile.put("industry", "Machinery");
        profile.put("segment", "Large enterprise");
        profile.put("region", "South");
        profile.put("contactCadenceDays", 30);
        profile.put("comparisonRule", "SAME_PERIOD_PREVIOUS_YEAR");
        Map<String, Object> registration = new LinkedHashMap<>(profile);
        registration.put("status", "KEY");
        String accountId = FreshTokens.as(DemoUser.KATE).contentType("application/json").body(registration)
                .post("/api/accounts").then().statusCode(201).extract().path("id");
        String dossierUrl = Suite.GATEWAY_URL + "/api/accounts/" + accountId;
        String token = FreshTokens.of(DemoUser.KATE);
        long firstVersion = version(RawHttp.get(dossierUrl, token, TIMEOUT));

        List<String> winners = new ArrayList<>();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                RawHttp.Answer read = RawHttp.get(dossierUrl, token, TIMEOUT);
                assertThat(read.status()).as("read before round %d: %s", round, read).isEqualTo(200);
                long readVersion = version(read);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<RawHttp.Answer>> writes = new ArrayList<>();
                for (int writer = 1; writer <= WRITERS; writer++) {
                    Map<String, Object> change = new LinkedHashMap<>(profile);
                    change.put("name", "R6 round " + round + " writer " + writer);
                    writes.add(writers.submit(() -> {
                        go.await();
                        return RawHttp.put(dossierUrl, token, read.etag(), change, TIMEOUT);
                    }));
                }
                go.countDown();
                List<RawHttp.Answer> answers = new ArrayList<>();
                for (Future<RawHttp.Answer> write : writes) {
                    answers.add(write.get());
                }
                List<RawHttp.Answer> won = answers.stream().filter(a -> a.status() == 200).toList();
                Map<Integer, Long> statuses = answers.stream()
                        .collect(Collectors.groupingBy(RawHttp.Answer::status, Collectors.counting()));
                assertThat(won).as("round %d: winners among %s", round, statuses).hasSize(1);
                assertThat(answers).as("round %d: every loser gets a 412 problem", round)
                        .filteredOn(a -> a.status() != 200)
                        .hasSize(WRITERS - 1)
                        .allSatisfy(a -> assertThat(a.status() == 412 && a.isProblem()).as(a.toString()).isTrue());
                assertThat(version(won.get(0))).as("round %d: the winner's version", round).isEqualTo(readVersion + 1);
                winners.add(won.get(0).json().path("name").asText());
            }
        } finally {
            writers.shutdownNow();
        }

        RawHttp.Answer last = RawHttp.get(dossierUrl, token, TIMEOUT);
        assertThat(version(last)).as("one version per round").isEqualTo(firstVersion + ROUNDS);
        assertThat(last.json().path("name").asText()).as("the last winner's write stands")
                .isEqualTo(winners.get(ROUNDS - 1));
        List<BigDecimal> audit = ServiceDatabases.numbers(ServiceDatabases.ACCOUNT,
                "select count(*) from dossier_audit where account_id = ?::uuid and action = 'PROFILE_CHANGED'",
                accountId);
        assertThat(audit.get(0).intValue()).as("audit entries = successful writes").isEqualTo(ROUNDS);
        List<String> audited = FreshTokens.as(DemoUser.KATE).queryParam("limit", 100)
                .get("/api/accounts/" + accountId + "/audit").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.action == 'PROFILE_CHANGED' }.changes.name");
        List<String> oldestFirst = new ArrayList<>(audited);
        java.util.Collections.reverse(oldestFirst); // the trail lists the newest first
        assertThat(oldestFirst).as("the audit trail holds the winners' writes, in order").isEqualTo(winners);
        System.out.printf("R6: %d rounds x %d writers: %d writes won (one per round), %d refused with 412, "
                + "version %d -> %d, %d audit entries%n", ROUNDS, WRITERS, ROUNDS, ROUNDS * (WRITERS - 1),
                firstVersion, firstVersion + ROUNDS, audit.get(0).intValue());
    }

    private static long version(RawHttp.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().path("version").asLong();
    }
}
