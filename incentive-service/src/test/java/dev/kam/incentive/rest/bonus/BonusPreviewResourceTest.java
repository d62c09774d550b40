package dev.kam.incentive.rest.bonus;

import static dev.kam.incentive.fixtures.BonusPrograms.PROGRAMS;
import static dev.kam.incentive.fixtures.BonusPrograms.created;
import static dev.kam.incentive.fixtures.BonusPrograms.program;
import static dev.kam.plumbing.testing.DemoUsers.CARL;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.SAM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.kam.events.incentive.IncentiveEvents;
import dev.kam.incentive.fixtures.BonusPrograms;
import dev.kam.incentive.fixtures.IncentiveRows;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The preview of a programme's evaluation: what the facts known now would give, before or after the
 * close, for compensation-admin only, leaving no trace - and, after the close, the very outcome the
 * evaluation then stores.
 */
@QuarkusTest
class BonusPreviewResourceTest {

    private static final String STAFF = "00000000-0000-4000-8000-0000000000e2";
    /** What only one of the two bodies has: who evaluated and when, or when previewed and how final. */
    private static final Set<String> NOT_SHARED = Set.of("evaluatedBy", "evaluatedAt", "asOf", "periodClosed",
            "evaluated", "final");

    @Inject
    IncentiveRows rows;

    @Inject
    BonusPrograms programs;

    @BeforeEach
    void employeesAreRegistered() {
        programs.registered(STAFF, SAM);
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void whileThePeriodIsOpenThePreviewShowsThePurchasesSoFarAndStoresNothing() {
        UUID account = programs.accountThatBought(Map.of("2998-H1", "1000.00", "2999-Q1", "400.00"));
        String id = created(program("2999-H1", List.of(account), List.of(STAFF)));

        given().when().get(PROGRAMS + "/" + id + "/preview")
                .then().statusCode(200)
                .body("programId", equalTo(id))
                .body("final", equalTo(false))
                .body("periodClosed", equalTo(false))
                .body("evaluated", equalTo(false))
                .body("asOf", notNullValue())
                .body("comparedWith", equalTo("2998-H1"))
                .body("groupCurrent.amount", equalTo("400.00"))
                .body("groupPrevious.amount", equalTo("1000.00"))
                .body("accounts[0].verdict", equalTo("FAILED"))
                .body("pays", equalTo(false))
                .body("awards", empty());

        assertNothingStored(id);
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void afterTheCloseThePreviewIsWhatTheEvaluationThenStores() {
        UUID kept = programs.accountThatBought(Map.of("2024-H2", "100.00", "2025-Q3", "60.00", "2025-Q4", "40.00"));
        UUID fresh = programs.accountThatBought(Map.of("2025-Q4", "5.00"));
        String id = created(program("2025-H2", List.of(kept, fresh), List.of(STAFF, SAM)));

        Map<String, Object> preview = given().when().get(PROGRAMS + "/" + id + "/preview")
                .then().statusCode(200)
                .body("periodClosed", equalTo(true))
                .body("final", equalTo(false))
                .body("pays", equalTo(true))
                .body("awards.employeeId", equalTo(List.of(STAFF, SAM).stream().sorted().toList()))
                .extract().jsonPath().getMap("");
        // a preview that would pay has still awarded nobody
        assertNothingStored(id);
        Map<String, Object> evaluation = given().when().post(PROGRAMS + "/" + id + "/evaluation")
                .then().statusCode(201)
                .extract().jsonPath().getMap("");

        assertThat(shared(preview)).isEqualTo(shared(evaluation)).containsKeys("accounts", "groupCurrent", "explanation");
        given().when().get(PROGRAMS + "/" + id + "/preview")
                .then().statusCode(200)
                .body("evaluated", equalTo(true));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aCorrectionAfterTheEvaluationShowsInThePreviewButLeavesTheEvaluationAsItWas() {
        UUID account = programs.accountThatBought(Map.of("2024-H1", "100.00", "2025-H1", "100.00"));
        String id = created(program("2025-H1", List.of(account), List.of(STAFF)));
        given().when().post(PROGRAMS + "/" + id + "/evaluation").then().statusCode(201).body("pays", equalTo(true));

        rows.purchase(account, "2025-H1", "99.99");

        given().when().get(PROGRAMS + "/" + id + "/preview")
                .then().statusCode(200)
                .body("pays", equalTo(false))
                .body("evaluated", equalTo(true))
                .body("groupCurrent.amount", equalTo("99.99"));
        given().when().get(PROGRAMS + "/" + id + "/evaluation")
                .then().statusCode(200)
                .body("pays", equalTo(true))
                .body("groupCurrent.amount", equalTo("100.00"));
        assertThat(programs.awards(id)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void anUnknownProgrammeHasNoPreview() {
        given().when().get(PROGRAMS + "/" + UUID.randomUUID() + "/preview")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = KATE, roles = {"key-account-manager", "employee"})
    void onlyACompensationAdminPreviews() {
        given().when().get(PROGRAMS + "/" + UUID.randomUUID() + "/preview")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    private void assertNothingStored(String id) {
        assertThat(programs.evaluations(id)).isZero();
        assertThat(programs.awards(id)).isZero();
        assertThat(rows.outbox(IncentiveEvents.BONUS_AWARDED.type(), id)).isEmpty();
        given().when().get(PROGRAMS + "/" + id + "/audit")
                .then().statusCode(200)
                .body("action", equalTo(List.of("PROGRAM_CREATED")));
        given().when().get(PROGRAMS + "/" + id)
                .then().statusCode(200)
                .body("evaluated", equalTo(false));
    }

    private static Map<String, Object> shared(Map<String, Object> body) {
        Map<String, Object> shared = new HashMap<>(body);
        shared.keySet().removeAll(NOT_SHARED);
        return shared;
    }
}
