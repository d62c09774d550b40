package dev.kam.plumbing.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.kernel.period.Period;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A resource takes a {@code Period} query or path parameter directly: any period, or with
 * {@link PlanPeriod} only a plan's; a wrong one is a 400 problem naming the parameter.
 */
@QuarkusTest
class PeriodParametersTest {

    private static final String PERIODS = "/test/notes/periods";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void everyWrittenFormOfAPeriodIsRead() {
        given().queryParam("period", "2026-03").queryParam("plan", " 2026-Q3 ").when().get(PERIODS)
                .then().statusCode(200)
                .body("period", equalTo("2026-03"))
                .body("plan", equalTo("2026-Q3"));
        given().when().get(PERIODS)
                .then().statusCode(200)
                .body("period", nullValue())
                .body("plan", nullValue());
    }

    @Test
    void aMalformedPeriodIsA400NamingTheParameter() {
        given().queryParam("period", "2026-Q5").when().get(PERIODS)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("period"))
                .body("violations[0].message", equalTo(NamedParameterConverters.PERIOD_EXPECTATION));
    }

    @Test
    void aPlanPeriodIsNoMonthAndNoYearBefore1900() {
        for (String refused : new String[] {"2026-03", "1899", "0000-Q1", "2026-H3"}) {
            given().queryParam("plan", refused).when().get(PERIODS)
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("violations[0].field", equalTo("plan"))
                    .body("violations[0].message", equalTo(Period.PLAN_EXPECTATION));
        }
        given().queryParam("plan", "1900").when().get(PERIODS).then().statusCode(200).body("plan", equalTo("1900"));
    }
}
