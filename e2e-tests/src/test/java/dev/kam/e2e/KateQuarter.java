package dev.kam.e2e;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A quarter of kate's pay that no other run touches (a year far in the future): her plan in force for
 * it, so incentive-service keeps a draft statement whose volume line sums every purchase of the
 * accounts she serves in that quarter's months.
 */
final class KateQuarter {

    private static final Set<Integer> TAKEN = ConcurrentHashMap.newKeySet();

    final int year;
    final String period;
    final String statementId;

    private KateQuarter(int year, String statementId) {
        this.year = year;
        this.period = year + "-Q3";
        this.statementId = statementId;
    }

    static KateQuarter withPlanInForce() {
        int year;
        do {
            year = ThreadLocalRandom.current().nextInt(4000, 9000);
        } while (!TAKEN.add(year));
        String period = year + "-Q3";
        FreshTokens.as(DemoUser.CARL).contentType("application/json")
                .body(Map.of("userId", DemoUser.KATE.id(), "position", "Key account manager",
                        "professionalism", "SENIOR"))
                .post("/api/incentives/employees")
                .then().statusCode(anyOf(equalTo(201), equalTo(409)));
        Map<String, Object> plan = Map.of(
                "employeeId", DemoUser.KATE.id(),
                "period", period,
                "totalPossibleReward", Map.of("amount", "10000.00", "currency", "EUR"),
                "base", Map.of("amount", "7000.00", "currency", "EUR"),
                "kpis", List.of(Map.of("code", "volume", "name", "Purchase volume of my accounts",
                        "measure", "PURCHASE_VOLUME", "weight", "100", "threshold", "80000", "target", "100000",
                        "cap", "130000", "payoutAtThreshold", "50", "payoutAtCap", "200")));
        var started = FreshTokens.as(DemoUser.CARL).contentType("application/json").body(plan)
                .post("/api/incentives/plans").then().statusCode(201).extract();
        FreshTokens.as(DemoUser.CARL).header("If-Match", started.header("ETag"))
                .post("/api/incentives/plans/" + started.path("id") + "/in-force")
                .then().statusCode(200);
        String statementId = FreshTokens.as(DemoUser.CARL).queryParam("employeeId", DemoUser.KATE.id())
                .queryParam("period", period).get("/api/incentives/statements")
                .then().statusCode(200).body("items.size()", equalTo(1))
                .extract().path("items[0].id");
        return new KateQuarter(year, statementId);
    }

    /** The quarter's three months, the periods the purchases are recorded for. */
    List<String> months() {
        return List.of(year + "-07", year + "-08", year + "-09");
    }

    /** The volume line's actual figure on kate's draft statement now. */
    BigDecimal volumeOnStatement() {
        String actual = FreshTokens.as(DemoUser.KATE).get("/api/incentives/statements/" + statementId)
                .then().statusCode(200).extract().path("lines.find { it.code == 'volume' }.actual");
        return actual == null ? BigDecimal.ZERO : new BigDecimal(actual);
    }
}
