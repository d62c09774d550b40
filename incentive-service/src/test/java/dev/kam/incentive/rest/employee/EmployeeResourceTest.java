package dev.kam.incentive.rest.employee;

import static dev.kam.plumbing.testing.DemoUsers.CARL;
import static dev.kam.plumbing.testing.DemoUsers.EVE;
import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.SAM;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
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
 * Employees over HTTP: only people the identity provider knows are registered, only by
 * compensation-admin; an employee reads their own record and not a colleague's; changes are
 * guarded by ETags and audited.
 */
@QuarkusTest
class EmployeeResourceTest {

    @Inject
    IncentiveRows rows;

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aKnownPersonIsRegisteredOnceAndAudited() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"userId": "%s", "position": "Customer service lead", "professionalism": "SENIOR"}""".formatted(EVE))
                .when().post("/api/incentives/employees")
                .then().statusCode(201)
                .header("Location", endsWith("/api/incentives/employees/" + EVE))
                .header("ETag", "\"0\"")
                .body("userId", equalTo(EVE))
                .body("professionalism", equalTo("SENIOR"));

        given().contentType(ContentType.JSON)
                .body("""
                        {"userId": "%s", "position": "Again", "professionalism": "SENIOR"}""".formatted(EVE))
                .when().post("/api/incentives/employees")
                .then().statusCode(409);
        given().when().get("/api/incentives/employees/" + EVE + "/audit")
                .then().statusCode(200)
                .body("action", equalTo(List.of("EMPLOYEE_REGISTERED")))
                .body("[0].actor", equalTo(CARL))
                .body("[0].before", nullValue())
                .body("[0].after.position", equalTo("Customer service lead"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void somebodyTheIdentityProviderDoesNotKnowIsRefused() {
        String stranger = UUID.randomUUID().toString();

        given().contentType(ContentType.JSON)
                .body("""
                        {"userId": "%s", "position": "Ghost", "professionalism": "JUNIOR"}""".formatted(stranger))
                .when().post("/api/incentives/employees")
                .then().statusCode(422)
                .contentType("application/problem+json");

        assertThat(rows.count("select count(*) from employee where user_id = :id", Map.of("id", stranger))).isZero();
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void missingFieldsAreNamed() {
        given().contentType(ContentType.JSON).body("{\"userId\": \"" + SAM + "\"}")
                .when().post("/api/incentives/employees")
                .then().statusCode(400)
                .body("violations.field", hasItem("position"))
                .body("violations.field", hasItem("professionalism"));
    }

    @Test
    @TestSecurity(user = CARL, roles = {"compensation-admin", "employee"})
    void aChangeNeedsTheCurrentVersion() {
        rows.employee(TOM);
        long version = ((Number) rows.single("select version from employee where user_id = :id",
                Map.of("id", TOM))).longValue();
        String change = """
                {"position": "Key account manager", "professionalism": "EXPERT"}""";

        given().contentType(ContentType.JSON).header("If-Match", "\"" + (version + 7) + "\"").body(change)
                .when().put("/api/incentives/employees/" + TOM)
                .then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(change)
                .when().put("/api/incentives/employees/" + TOM)
                .then().statusCode(200)
                .header("ETag", "\"" + (version + 1) + "\"")
                .body("professionalism", equalTo("EXPERT"));
    }

    @Test
    @TestSecurity(user = KATE, roles = {"key-account-manager", "employee"})
    void anEmployeeReadsTheirOwnRecordButNotAColleaguesAndWritesNothing() {
        rows.employee(KATE);
        rows.employee(TOM);

        given().when().get("/api/incentives/employees/" + KATE)
                .then().statusCode(200)
                .body("userId", equalTo(KATE));
        given().when().get("/api/incentives/employees/" + TOM)
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"position\": \"Boss\", \"professionalism\": \"EXPERT\"}")
                .when().put("/api/incentives/employees/" + KATE)
                .then().statusCode(403);
    }
}
