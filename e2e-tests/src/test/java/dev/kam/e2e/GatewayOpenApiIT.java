package dev.kam.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
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
                .body("paths", hasKey("/api/me"))
                .body("$", not(hasKey("x-unavailable-services")))
                .body("servers[0].url", equalTo(Suite.GATEWAY_URL));
    }

    /**
     * Each service only knows its own operationIds; the merged document needs them unique. The gateway
     * prefixes an id another service already used with the route's name ({@code stakeholders_...}), so a
     * prefixed id means two services chose the same one: rename it in the service.
     */
    @Test
    void everyOperationIdIsUniqueAndNoServiceSharesOneWithAnother() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().when().get(Suite.GATEWAY_URL + "/q/openapi")
                .then().statusCode(200).extract().asString()).path("paths");
        List<String> ids = new ArrayList<>();
        paths.forEach(item -> item.forEach(operation -> {
            if (operation.hasNonNull("operationId")) {
                ids.add(operation.get("operationId").asText());
            }
        }));

        assertThat(ids).hasSizeGreaterThan(100).doesNotHaveDuplicates().contains("whoAmI")
                .noneMatch(id -> id.matches("(accounts|me|stakeholders|incentives)_.*"));
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
