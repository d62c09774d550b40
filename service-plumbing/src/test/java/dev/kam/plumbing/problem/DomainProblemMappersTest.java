package dev.kam.plumbing.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The domain's refusals are problems: a broken rule 422 naming it, a refused value 400, a lost race 412. */
@QuarkusTest
class DomainProblemMappersTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aBrokenRuleIsA422WhoseTypeNamesTheRule() {
        given().when().get("/test/refusals/rule")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://kam.dev/problems/rules/loss-review-required"))
                .body("title", equalTo("Business rule violated"))
                .body("detail", equalTo("A lost account needs a loss review first"))
                .body("instance", equalTo("/test/refusals/rule"))
                .body("requestId", notNullValue())
                .body("violations", nullValue());
    }

    @Test
    void aBrokenRuleAboutOneFieldNamesItAmongTheViolations() {
        given().when().get("/test/refusals/rule-about-a-field")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://kam.dev/problems/rules/owner-not-on-team"))
                .body("violations[0].field", equalTo("ownerId"))
                .body("violations[0].message", equalTo("The owner must be on the account's team"));
    }

    @Test
    void aValueTheDomainRefusesIsA400WithItsReason() {
        given().when().get("/test/refusals/value")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Invalid input"))
                .body("detail", equalTo("A period looks like 2026-Q1"));
    }

    @Test
    void aChangeThatLostARaceIsA412AskingToReadAgain() {
        given().when().get("/test/refusals/race")
                .then().statusCode(412).contentType(PROBLEM)
                .body("detail", equalTo("Someone changed this meanwhile; read it again and retry"));
    }
}
