package dev.kam.incentive.rest.workload;

import static dev.kam.plumbing.testing.DemoUsers.ADA;
import static dev.kam.plumbing.testing.DemoUsers.CARL;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.SAM;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.kam.events.EventSchemaValidator;
import dev.kam.events.incentive.IncentiveEvents;
import dev.kam.incentive.fixtures.IncentiveRows;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Workload over HTTP: each assignment's factors with their sources (rated, ordinary, stakeholder
 * events, assessment), the load against capacity, the recommended number of accounts, overload
 * alerts, and ratings set by compensation-admin or the account's KAM against their version.
 */
@QuarkusTest
class WorkloadResourceTest {

    private static final String WORKLOAD = "/api/incentives/workload";

    @Inject
    IncentiveRows rows;

    @Test
    @TestSecurity(user = TOM, roles = {"account-team-member", "employee"})
    void theNormInForceNamesItsVersionAndWeights() {
        given().when().get(WORKLOAD + "/norms")
                .then().statusCode(200)
                .body("weightsVersion", equalTo(1))
                .body("weights.PROFESSIONALISM", equalTo("20.0"))
                .body("weights.CLIENT_RELATIONSHIPS", equalTo("15.0"))
                .body("overloadAbove", equalTo("100.0"))
                .body("unitsPerFullTime", equalTo("8"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void eachAssignmentShowsEveryFactorWithItsContributionAndSource() {
        String employee = registered();
        UUID account = rows.account(Map.of(KATE, "KAM", employee, "TEAM_MEMBER"));
        UUID lost = rows.account(Map.of(KATE, "KAM", employee, "TEAM_MEMBER"));
        rows.execute("update account_replica set status = 'LOST' where account_id = :a", Map.of("a", lost));
        relationships(account, employee, 6);

        given().when().get(WORKLOAD + "/employees/" + employee)
                .then().statusCode(200)
                .body("professionalism", equalTo("PROFESSIONAL"))
                .body("professionalismFrom", equalTo("RECORDED"))
                .body("weightsVersion", equalTo(1))
                .body("capacity", equalTo("8.000"))
                .body("load", equalTo("1.000"))
                .body("utilisation", equalTo("12.5%"))
                .body("overloaded", equalTo(false))
                .body("assignments", hasSize(1))
                .body("assignments[0].accountId", equalTo(account.toString()))
                .body("assignments[0].units", equalTo("1.000"))
                .body("assignments[0].factors", hasSize(9))
                .body(factor("CLIENT_RELATIONSHIPS") + ".source", equalTo("STAKEHOLDER_EVENTS"))
                .body(factor("CLIENT_RELATIONSHIPS") + ".input", equalTo("6 people"))
                .body(factor("CLIENT_RELATIONSHIPS") + ".units", equalTo("0.150"))
                .body(factor("PROFESSIONALISM") + ".source", equalTo("RECORDED"))
                .body(factor("CLIENT_POTENTIAL") + ".source", equalTo("ORDINARY"));
    }

    @Test
    @TestSecurity(user = KATE, roles = {"key-account-manager", "employee"})
    void theAccountsKamRatesAnAssignmentAgainstTheVersionReadAndTheLoadFollows() {
        String employee = registered();
        UUID account = rows.account(Map.of(KATE, "KAM", employee, "TEAM_MEMBER"));
        relationships(account, employee, 6);
        String rating = WORKLOAD + "/assignments/" + account + "/employees/" + employee;

        given().contentType(ContentType.JSON).body("{\"clientPotential\": 5, \"distanceKm\": 500}")
                .when().put(rating)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("clientPotential", equalTo(5))
                .body("competition", equalTo(null))
                .body("updatedBy", equalTo(KATE));
        given().contentType(ContentType.JSON).body("{\"clientPotential\": 4}")
                .when().put(rating)
                .then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"clientPotential\": 4, \"distanceKm\": 500}")
                .when().put(rating)
                .then().statusCode(200)
                .header("ETag", "\"1\"");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"clientPotential\": 1}")
                .when().put(rating)
                .then().statusCode(412);

        given().when().get(rating).then().statusCode(200).header("ETag", "\"1\"").body("clientPotential", equalTo(4));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aRatedAssignmentWeighsMoreAndSaysSo() {
        String employee = registered();
        UUID account = rows.account(Map.of(KATE, "KAM", employee, "TEAM_MEMBER"));
        relationships(account, employee, 6);
        given().contentType(ContentType.JSON).body("{\"clientPotential\": 4, \"distanceKm\": 500}")
                .when().put(WORKLOAD + "/assignments/" + account + "/employees/" + employee)
                .then().statusCode(201);

        // potential 4 (0.200 instead of 0.150) and 500 km (0.167 instead of 0.100): 1.000 + 0.050 + 0.067
        given().when().get(WORKLOAD + "/employees/" + employee)
                .then().statusCode(200)
                .body("load", equalTo("1.117"))
                .body("assignments[0].ratingVersion", equalTo(0))
                .body(factor("CLIENT_POTENTIAL") + ".source", equalTo("RATED"))
                .body(factor("CLIENT_POTENTIAL") + ".units", equalTo("0.200"))
                .body(factor("DISTANCE") + ".input", equalTo("500 km"))
                .body(factor("DISTANCE") + ".units", equalTo("0.167"));
        given().when().get(WORKLOAD + "/assignments/" + account + "/employees/" + employee + "/audit")
                .then().statusCode(200)
                .body("action", equalTo(List.of("ASSIGNMENT_RATED")))
                .body("[0].after.clientPotential", equalTo(4));
    }

    @Test
    @TestSecurity(user = SAM, roles = {"account-team-member", "employee"})
    void onlyCompensationAdminOrTheAccountsKamRates() {
        String employee = registered();
        UUID account = rows.account(Map.of(KATE, "KAM", employee, "TEAM_MEMBER", SAM, "TEAM_MEMBER"));

        given().contentType(ContentType.JSON).body("{\"clientPotential\": 5}")
                .when().put(WORKLOAD + "/assignments/" + account + "/employees/" + employee)
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void onlyAnAssignmentOnTheTeamIsRatedAndRatingsAreInRange() {
        String employee = registered();
        UUID account = rows.account(Map.of(KATE, "KAM"));

        given().contentType(ContentType.JSON).body("{\"clientPotential\": 5}")
                .when().put(WORKLOAD + "/assignments/" + account + "/employees/" + employee)
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/not-on-team"));
        given().contentType(ContentType.JSON).body("{\"clientPotential\": 6, \"deliveryFulfilment\": \"ninety\"}")
                .when().put(WORKLOAD + "/assignments/" + account + "/employees/" + employee)
                .then().statusCode(400)
                .body("violations.field", hasItem("clientPotential"))
                .body("violations.field", hasItem("deliveryFulfilment"));
        given().contentType(ContentType.JSON).body("{\"deliveryFulfilment\": \"100.5\"}")
                .when().put(WORKLOAD + "/assignments/" + account + "/employees/" + employee)
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body("{}")
                .when().put(WORKLOAD + "/assignments/" + UUID.randomUUID() + "/employees/" + employee)
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void anAssessmentReplacesTheTypedProfessionalismInTheWorkload() {
        String employee = registered();
        UUID account = rows.account(Map.of(KATE, "KAM", employee, "TEAM_MEMBER"));
        relationships(account, employee, 6);
        given().contentType(ContentType.JSON).body("""
                {"assessedOn": "2026-10-15", "scores": {"TECHNICAL": 5, "COMMUNICATION": 5, "PSYCHOLOGICAL": 5,
                 "ADMINISTRATIVE": 5, "MANAGERIAL_DECISION_MAKING": 5, "ANALYTICAL": 5, "CONCEPTUAL": 5}}""")
                .when().post("/api/incentives/employees/" + employee + "/competencies/assessments")
                .then().statusCode(201);

        given().when().get(WORKLOAD + "/employees/" + employee)
                .then().statusCode(200)
                .body("professionalism", equalTo("EXPERT"))
                .body(factor("PROFESSIONALISM") + ".source", equalTo("ASSESSMENT"))
                .body(factor("PROFESSIONALISM") + ".units", equalTo("0.067"))
                .body("load", equalTo("0.867"));
        given().when().get(WORKLOAD + "/employees/" + employee + "/recommendation")
                .then().statusCode(200)
                .body("professionalism", equalTo("EXPERT"))
                .body("perOrdinaryAccount", equalTo("0.867"))
                .body("recommendedAccounts", equalTo(9))
                .body("currentAccounts", equalTo(1));
    }

    @Test
    @TestSecurity(user = ADA, roles = {"kam-admin", "employee"})
    void anEmployeeAboveCapacityIsAlertedWithTheHeaviestAccounts() {
        String overloaded = registered();
        List<UUID> accounts = IntStream.range(0, 10)
                .mapToObj(i -> rows.account(Map.of(KATE, "KAM", overloaded, "TEAM_MEMBER"))).toList();
        accounts.forEach(a -> relationships(a, overloaded, 0));

        given().when().get(WORKLOAD + "/alerts")
                .then().statusCode(200)
                .body("find { it.employeeId == '%s' }.load".formatted(overloaded), equalTo("9.000"))
                .body("find { it.employeeId == '%s' }.allowed".formatted(overloaded), equalTo("8.000"))
                .body("find { it.employeeId == '%s' }.excess".formatted(overloaded), equalTo("1.000"))
                .body("find { it.employeeId == '%s' }.heaviestAccounts".formatted(overloaded), hasSize(3));
        given().when().get(WORKLOAD + "/employees/" + overloaded + "/recommendation")
                .then().statusCode(200)
                .body("recommendedAccounts", equalTo(8))
                .body("currentAccounts", equalTo(10));
    }

    @Test
    @TestSecurity(user = KATE, roles = {"key-account-manager", "employee"})
    void aRatingThatPushesTheLoadAboveTheNormAnnouncesTheOverloadOnce() {
        String employee = registered();
        // nine accounts without client relationships weigh 0.900 each: 8.100 of 8.000, not yet announced
        List<UUID> accounts = IntStream.range(0, 9)
                .mapToObj(i -> rows.account(Map.of(KATE, "KAM", employee, "TEAM_MEMBER"))).toList();
        String rating = WORKLOAD + "/assignments/" + accounts.get(0) + "/employees/" + employee;

        given().contentType(ContentType.JSON).body("{\"clientPotential\": 5}").when().put(rating)
                .then().statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"clientPotential\": 4}")
                .when().put(rating)
                .then().statusCode(200);

        List<IncentiveRows.OutboxRow> alerts = rows.outbox(IncentiveEvents.OVERLOAD_DETECTED.type(), employee);
        assertThat(alerts).hasSize(1);
        assertThat(EventSchemaValidator.violations(alerts.get(0).type(), alerts.get(0).payload())).isEmpty();
        assertThat(alerts.get(0).payload()).contains("\"load\":\"8.200\"", "\"weightsVersion\":1",
                accounts.get(0).toString());
    }

    @Test
    @TestSecurity(user = KATE, roles = {"key-account-manager", "employee"})
    void anEmployeeReadsTheirOwnWorkloadAndNotAColleagues() {
        rows.employee(KATE);
        rows.employee(TOM);

        given().when().get(WORKLOAD + "/employees/" + KATE).then().statusCode(200).body("employeeId", equalTo(KATE));
        given().when().get(WORKLOAD + "/employees/" + TOM)
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get(WORKLOAD + "/employees/" + TOM + "/recommendation").then().statusCode(403);
        given().when().get(WORKLOAD + "/alerts").then().statusCode(403);
    }

    @Test
    void anAnonymousCallerIsRefused() {
        given().when().get(WORKLOAD + "/norms").then().statusCode(401);
    }

    /** A fresh employee, PROFESSIONAL on the record. */
    private String registered() {
        String employee = UUID.randomUUID().toString();
        rows.employee(employee);
        return employee;
    }

    /** The employee holds relationships with {@code people} client people of the account. */
    private void relationships(UUID account, String employee, int people) {
        for (int i = 0; i < people; i++) {
            rows.execute("""
                    insert into client_relationship (account_id, stakeholder_id, holder_id, active, changed_at)
                    values (:a, :s, :h, true, now())""", Map.of("a", account, "s", UUID.randomUUID(), "h", employee));
        }
    }

    private static String factor(String factor) {
        return "assignments[0].factors.find { it.factor == '%s' }".formatted(factor);
    }
}
