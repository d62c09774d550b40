package dev.kam.gateway.headers;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(StrictTransportSecurityTest.BehindHttps.class)
class StrictTransportSecurityTest {

    private static final String POLICY = "max-age=31536000; includeSubDomains";

    public static class BehindHttps implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kam.gateway.strict-transport-security", POLICY);
        }
    }

    @Test
    void sendsTheConfiguredPolicyWithEveryAnswer() {
        given().get("/q/openapi.json").then().header("Strict-Transport-Security", POLICY);
        given().get("/api/accounts").then().statusCode(401).header("Strict-Transport-Security", POLICY);
    }
}
