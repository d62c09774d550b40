package dev.kam.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

/** A frontend team's first stop: the whole API in one document and one Swagger UI at the gateway. */
class GatewayOpenApiIT {

    @Test
    void theGatewayServesOneDocumentWithEveryServicesPaths() {
        given()
                .when()
                .get(Suite.GATEWAY_URL + "/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("KAM suite API"))
                .body("paths", hasKey("/api/accounts"))
                .body("paths", hasKey("/api/accounts/{id}"))
                .body("paths", hasKey("/api/stakeholders/me"))
                .body("paths", hasKey("/api/incentives/me"))
                .body("$", not(hasKey("x-unavailable-services")))
                .body("servers[0].url", equalTo(Suite.GATEWAY_URL));
    }

    @Test
    void theSwaggerUiPageLoadsTheMergedDocument() {
        given()
                .when()
                .get(Suite.GATEWAY_URL + "/q/swagger-ui")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/q/swagger-ui/kam-swagger-init.js"));
        // the start-up script is a file of its own, so the page's policy can forbid inline scripts
        given()
                .when()
                .get(Suite.GATEWAY_URL + "/q/swagger-ui/kam-swagger-init.js")
                .then()
                .statusCode(200)
                .body(containsString("/q/openapi"));
    }
}
