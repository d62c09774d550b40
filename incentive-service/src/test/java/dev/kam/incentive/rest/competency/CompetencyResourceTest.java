package dev.kam.incentive.rest.competency;

import static dev.kam.plumbing.testing.DemoUsers.ADA;
import static dev.kam.plumbing.testing.DemoUsers.CARL;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.incentive.fixtures.IncentiveRows;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Competencies over HTTP: assessments give the professionalism level that replaces the typed one;
 * training, development plans and career steps are kept; compensation-admin and kam-admin write, the
 * employee reads their own, colleagues are refused; every change is audited.
 */
@QuarkusTest
class CompetencyResourceTest {

    private static final String SCORES = """
            {"TECHNICAL": 4, "COMMUNICATION": 5, "PSYCHOLOGICAL": 4, "ADMINISTRATIVE": 3,
             "MANAGERIAL_DECISION_MAKING": 4, "ANALYTICAL": 4, "CONCEPTUAL": 3}""";

    @Inject
    IncentiveRows rows;

    @Test
    @TestSecurity(user = ADA, roles = {"kam-admin", "employee"})
    void anAssessmentGivesTheLevelThatReplacesTheTypedOne() {
        String employee = registered();

        given().contentType(ContentType.JSON).body(assessment("2026-10-15", SCORES))
                .when().post(competencies(employee) + "/assessments")
                .then().statusCode(201)
                .header("Location", containsString(competencies(employee)))
                .body("meanScore", equalTo("3.9"))
                .body("weakest", equalTo("ADMINISTRATIVE"))
                .body("level", equalTo("SENIOR"))
                .body("assessedBy", equalTo(ADA))
                .body("scores.COMMUNICATION", equalTo(5));

        given().when().get(competencies(employee))
                .then().statusCode(200)
                .body("professionalism", equalTo("SENIOR"))
                .body("professionalismFrom", equalTo("ASSESSMENT"));
        given().when().get(competencies(employee) + "/audit")
                .then().statusCode(200)
                .body("action", equalTo(List.of("ASSESSMENT_RECORDED")))
                .body("[0].actor", equalTo(ADA))
                .body("[0].after.level", equalTo("SENIOR"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void theLatestAssessmentCountsAndOneWeakCompetencyCapsTheLevel() {
        String employee = registered();
        given().contentType(ContentType.JSON).body(assessment("2026-03-01", SCORES))
                .when().post(competencies(employee) + "/assessments").then().statusCode(201);
        String gap = SCORES.replace("\"ADMINISTRATIVE\": 3", "\"ADMINISTRATIVE\": 1");

        given().contentType(ContentType.JSON).body(assessment("2026-09-01", gap))
                .when().post(competencies(employee) + "/assessments")
                .then().statusCode(201)
                .body("level", equalTo("PROFESSIONAL"));

        given().when().get(competencies(employee))
                .then().statusCode(200)
                .body("professionalism", equalTo("PROFESSIONAL"))
                .body("assessments.assessedOn", equalTo(List.of("2026-09-01", "2026-03-01")));
        given().when().get("/api/incentives/employees/" + employee)
                .then().statusCode(200)
                .body("professionalism", equalTo("PROFESSIONAL"))
                .body("professionalismFrom", equalTo("ASSESSMENT"))
                .body("recordedProfessionalism", equalTo("EXPERT"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void withoutAnAssessmentTheTypedLevelCounts() {
        String employee = registered();

        given().when().get(competencies(employee))
                .then().statusCode(200)
                .body("professionalism", equalTo("EXPERT"))
                .body("professionalismFrom", equalTo("RECORDED"))
                .body("developmentPlan", nullValue());
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void nobodyAssessesThemselvesAndEveryCompetencyIsScored() {
        rows.employee(CARL);

        given().contentType(ContentType.JSON).body(assessment("2026-10-15", SCORES))
                .when().post(competencies(CARL) + "/assessments")
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/no-self-assessment"));
        String employee = registered();
        given().contentType(ContentType.JSON).body(assessment("2026-10-15", SCORES.replace(", \"CONCEPTUAL\": 3", "")))
                .when().post(competencies(employee) + "/assessments")
                .then().statusCode(400)
                .body("detail", containsString("CONCEPTUAL"));
        given().contentType(ContentType.JSON)
                .body(assessment("2999-01-01", SCORES.replace("\"TECHNICAL\": 4", "\"TECHNICAL\": 6")))
                .when().post(competencies(employee) + "/assessments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("assessedOn"));

        assertThat(rows.count("select count(*) from competency_assessment where employee_id in (:a, :b)",
                Map.of("a", CARL, "b", employee))).isZero();
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void trainingAndCareerStepsAreKeptInOrder() {
        String employee = registered();

        given().contentType(ContentType.JSON)
                .body("{\"title\": \"Negotiating with buying centres\", \"competency\": \"COMMUNICATION\", \"completedOn\": \"2026-09-30\"}")
                .when().post(competencies(employee) + "/training")
                .then().statusCode(201)
                .body("competency", equalTo("COMMUNICATION"));
        given().contentType(ContentType.JSON)
                .body("{\"position\": \"Key account manager\", \"effectiveOn\": \"2025-01-01\"}")
                .when().post(competencies(employee) + "/career-steps")
                .then().statusCode(201)
                .body("note", nullValue());
        given().contentType(ContentType.JSON)
                .body("{\"position\": \"Senior key account manager\", \"effectiveOn\": \"2024-06-01\"}")
                .when().post(competencies(employee) + "/career-steps")
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/career-step-order"));

        given().when().get(competencies(employee))
                .then().statusCode(200)
                .body("training[0].title", equalTo("Negotiating with buying centres"))
                .body("careerSteps.position", equalTo(List.of("Key account manager")));
        given().when().get(competencies(employee) + "/audit")
                .then().statusCode(200)
                .body("action", equalTo(List.of("TRAINING_RECORDED", "CAREER_STEP_RECORDED")));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void theDevelopmentPlanIsSetThenReplacedOnlyAgainstTheVersionRead() {
        String employee = registered();
        given().contentType(ContentType.JSON).body(assessment("2026-10-15", SCORES))
                .when().post(competencies(employee) + "/assessments").then().statusCode(201);

        given().contentType(ContentType.JSON).body(plan("ADMINISTRATIVE", "CONCEPTUAL"))
                .when().put(competencies(employee) + "/development-plan")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("items.competency", equalTo(List.of("ADMINISTRATIVE", "CONCEPTUAL")))
                .body("addressesWeakest", equalTo(true));
        given().contentType(ContentType.JSON).body(plan("CONCEPTUAL", "TECHNICAL"))
                .when().put(competencies(employee) + "/development-plan")
                .then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(plan("CONCEPTUAL", "TECHNICAL"))
                .when().put(competencies(employee) + "/development-plan")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("addressesWeakest", equalTo(false));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(plan("ADMINISTRATIVE", "TECHNICAL"))
                .when().put(competencies(employee) + "/development-plan")
                .then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(plan("TECHNICAL", "TECHNICAL"))
                .when().put(competencies(employee) + "/development-plan")
                .then().statusCode(422)
                .body("type", equalTo("https://kam.dev/problems/rules/development-item-repeated"));

        given().when().get(competencies(employee) + "/development-plan")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("items.competency", equalTo(List.of("CONCEPTUAL", "TECHNICAL")));
    }

    @Test
    @TestSecurity(user = KATE, roles = {"key-account-manager", "employee"})
    void anEmployeeReadsTheirOwnDevelopmentButWritesNothingAndSeesNoColleagues() {
        rows.employee(KATE);
        rows.employee(TOM);

        given().when().get(competencies(KATE))
                .then().statusCode(200)
                .body("userId", equalTo(KATE));
        given().when().get(competencies(TOM))
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get(competencies(TOM) + "/development-plan").then().statusCode(403);
        given().contentType(ContentType.JSON).body(assessment("2026-10-15", SCORES))
                .when().post(competencies(TOM) + "/assessments")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(plan("CONCEPTUAL", "TECHNICAL"))
                .when().put(competencies(KATE) + "/development-plan")
                .then().statusCode(403);
        given().when().get(competencies(KATE) + "/audit").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void anUnregisteredPersonHasNoCompetencies() {
        given().when().get(competencies("00000000-0000-4000-8000-0000000000cc")).then().statusCode(404);
    }

    /** A fresh employee with EXPERT typed on the record, so a derived level shows the difference. */
    private String registered() {
        String employee = UUID.randomUUID().toString();
        rows.employee(employee);
        rows.execute("update employee set professionalism = 'EXPERT' where user_id = :e", Map.of("e", employee));
        return employee;
    }

    private static String competencies(String employee) {
        return "/api/incentives/employees/" + employee + "/competencies";
    }

    private static String assessment(String on, String scores) {
        return "{\"assessedOn\": \"%s\", \"scores\": %s}".formatted(on, scores);
    }

    private static String plan(String first, String second) {
        return """
                {"items": [{"competency": "%s", "action": "Lead the account review", "dueOn": "2027-03-31", "done": false},
                           {"competency": "%s", "action": "Lead the account review", "dueOn": "2027-06-30", "done": false}]}"""
                .formatted(first, second);
    }
}
