package dev.kam.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kam.e2e.malformed.ApiOperation;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;

/**
 * What the access matrix needs, made through the gateway like a user would: everything the paths name
 * (by {@link ApiSeed}) twice, once under kate's account A, whose team tom is on, and once under her
 * account B, whose team he is not on; a negotiation profile of A's stakeholder and a plan and statement
 * of kate, each carrying a marker that no answer to someone who may not see them may contain.
 */
final class MatrixSeed {

    /** Sends one request through the gateway as the demo user. */
    @FunctionalInterface
    interface Caller {
        HttpResponse<String> send(String method, String path, DemoUser user, String contentType, String body,
                Map<String, String> headers) throws Exception;
    }

    /**
     * @param account      the values of the path variables under account A
     * @param otherAccount the same under account B
     * @param markers      what must not reach those who may not see it: the profile's and kate's pay
     */
    record Seeded(Map<String, String> account, Map<String, String> otherAccount, Markers markers,
            List<String> notes) {
    }

    /** Texts only the seeded profile and kate's pay contain. */
    record Markers(String profile, List<String> pay) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "/api/accounts/{id}";
    private static final String STAKEHOLDER = "/api/stakeholders/{id}";
    // Amounts no other seed uses: a total and a base under the 70 % cap (ADR 0017).
    private static final String PAY_TOTAL = "13579.31";
    private static final String PAY_BASE = "9505.51";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private final Caller caller;

    MatrixSeed(Caller caller) {
        this.caller = caller;
    }

    Seeded seed(List<ApiOperation> operations, List<DemoUser> seeders) throws Exception {
        List<String> notes = new ArrayList<>();
        // The bonus programme's example names eve as eligible, and only registered employees may be.
        registerEmployee(DemoUser.EVE, "Account team member");
        registerEmployee(DemoUser.KATE, "Key account manager");
        ApiSeed.Exchange exchange = (method, path, user, type, body) -> caller.send(method, path, user, type, body,
                Map.of());
        ApiSeed other = new ApiSeed(operations, seeders, exchange);
        Map<String, String> otherAccount = other.seed();
        notes.add("account B: " + String.join("; ", other.notes()));
        removeFromTeam(otherAccount.get(ACCOUNT), DemoUser.TOM);

        ApiSeed home = new ApiSeed(operations, seeders, exchange);
        Map<String, String> account = home.seed();
        notes.add("account A: " + String.join("; ", home.notes()));
        requireOnTeam(account.get(ACCOUNT), DemoUser.TOM);

        String profileMarker = "matrix-profile-" + UUID.randomUUID();
        writeProfile(account.get(STAKEHOLDER), profileMarker);
        Map<String, String> pay = seedKatesPay();
        account.putAll(pay);
        otherAccount.putAll(pay);
        return new Seeded(account, otherAccount, new Markers(profileMarker, List.of(PAY_TOTAL, PAY_BASE)), notes);
    }

    private void removeFromTeam(String accountId, DemoUser user) throws Exception {
        String etag = expect(200, send("GET", "/api/accounts/" + accountId, DemoUser.KATE, null, Map.of()))
                .headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> removed = send("DELETE", "/api/accounts/" + accountId + "/team/members/" + user.id(),
                DemoUser.KATE, null, Map.of("If-Match", etag));
        if (removed.statusCode() != 204 && removed.statusCode() != 404) {
            throw new IllegalStateException("Could not take " + user + " off account B: " + removed.body());
        }
    }

    private void requireOnTeam(String accountId, DemoUser user) throws Exception {
        String team = expect(200, send("GET", "/api/accounts/" + accountId + "/team", DemoUser.KATE, null, Map.of()))
                .body();
        if (!team.contains(user.id())) {
            throw new IllegalStateException("The seeding did not put " + user + " on account A's team: " + team);
        }
    }

    /** Every answer of the stakeholder's profile carries the marker. */
    private void writeProfile(String stakeholderId, String marker) throws Exception {
        String path = "/api/stakeholders/" + stakeholderId + "/profile";
        String etag = expect(200, send("GET", path, DemoUser.KATE, null, Map.of())).headers().firstValue("ETag")
                .orElseThrow();
        ObjectNode profile = JSON.createObjectNode()
                .put("education", marker + " education")
                .put("previousPosition", marker + " previous position")
                .put("negotiatingStyle", marker + " style");
        expect(200, send("PUT", path, DemoUser.KATE, JSON.writeValueAsString(profile), Map.of("If-Match", etag)));
    }

    /** kate's plan for a quarter no other run uses, in force, and the draft statement it opens. */
    private Map<String, String> seedKatesPay() throws Exception {
        String quarter = ThreadLocalRandom.current().nextInt(4000, 9000) + "-Q" + ThreadLocalRandom.current()
                .nextInt(1, 5);
        Map<String, Object> kpi = Map.of("code", "volume", "name", "Purchase volume of my accounts",
                "measure", "PURCHASE_VOLUME", "weight", "100", "threshold", "80000", "target", "100000",
                "cap", "130000", "payoutAtThreshold", "50", "payoutAtCap", "200");
        Map<String, Object> plan = Map.of("employeeId", DemoUser.KATE.id(), "period", quarter,
                "totalPossibleReward", Map.of("amount", PAY_TOTAL, "currency", "EUR"),
                "base", Map.of("amount", PAY_BASE, "currency", "EUR"), "kpis", List.of(kpi));
        HttpResponse<String> started = expect(201, send("POST", "/api/incentives/plans", DemoUser.CARL,
                JSON.writeValueAsString(plan), Map.of()));
        String planId = JSON.readTree(started.body()).path("id").asText();
        expect(200, send("POST", "/api/incentives/plans/" + planId + "/in-force", DemoUser.CARL, null,
                Map.of("If-Match", started.headers().firstValue("ETag").orElseThrow())));

        AtomicReference<String> statement = new AtomicReference<>();
        Awaitility.await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode items = JSON.readTree(expect(200, send("GET", "/api/incentives/statements?employeeId="
                    + DemoUser.KATE.id() + "&period=" + quarter, DemoUser.CARL, null, Map.of())).body()).path("items");
            statement.set(items.size() == 1 ? items.get(0).path("id").asText() : null);
            return statement.get() != null;
        });
        Map<String, String> ids = new HashMap<>();
        ids.put("/api/incentives/plans/{id}", planId);
        ids.put("/api/incentives/statements/{id}", statement.get());
        return ids;
    }

    /** Registered by the compensation admin; registered already by an earlier run is fine (409). */
    private void registerEmployee(DemoUser user, String position) throws Exception {
        HttpResponse<String> employee = send("POST", "/api/incentives/employees", DemoUser.CARL,
                JSON.writeValueAsString(Map.of("userId", user.id(), "position", position,
                        "professionalism", "SENIOR")), Map.of());
        if (employee.statusCode() != 201 && employee.statusCode() != 409) {
            throw new IllegalStateException(user + " is no employee: " + employee.body());
        }
    }

    private HttpResponse<String> send(String method, String path, DemoUser user, String json,
            Map<String, String> headers) throws Exception {
        return caller.send(method, path, user, json == null ? null : "application/json", json, headers);
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().method() + " " + answer.request().uri() + " answered "
                    + answer.statusCode() + " instead of " + status + ": " + answer.body());
        }
        return answer;
    }
}
