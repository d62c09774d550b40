package dev.kam.gateway.accesslog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.gateway.routing.UpstreamStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class MetricsPathTemplateTest {

    @Test
    @TestSecurity(user = "kate", roles = "employee")
    void timersOfProxiedCallsAreKeptPerPathTemplateNotPerRecord() {
        String first = "0b6f3a52-1c1e-4d8e-9a0c-5a1f0e2d3c4b";
        String second = "7d2e9c41-8b3a-4f5e-a6d7-c8b9a0e1f2d3";
        given().get("/api/accounts/" + first).then().statusCode(200);
        given().get("/api/accounts/" + second).then().statusCode(200);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics)
                .contains("uri=\"/api/accounts/{id}\"")
                .doesNotContain(first)
                .doesNotContain(second);
    }
}
