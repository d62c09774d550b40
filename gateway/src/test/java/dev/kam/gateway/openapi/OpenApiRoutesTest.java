package dev.kam.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.kam.gateway.routing.UpstreamStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class OpenApiRoutesTest {

    private JsonObject mergedDocument() {
        String body = given()
                .when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .extract().asString();
        return new JsonObject(body); // fails the test unless it is one JSON object
    }

    @Test
    void mergesTheDocumentsOfTheServicesThatAnswerWithoutAToken() {
        JsonObject doc = mergedDocument();

        assertThat(doc.getString("openapi")).startsWith("3.");
        assertThat(doc.getJsonObject("info").getString("title")).isEqualTo("KAM suite API");
        assertThat(doc.getJsonArray("servers").getJsonObject(0).getString("url")).isEqualTo("http://127.0.0.1:8080");
        assertThat(doc.getJsonObject("paths").fieldNames())
                .containsExactlyInAnyOrder("/api/accounts", "/api/me", "/api/stakeholders/{id}");
        assertThat(doc.getJsonArray("tags").stream().map(t -> ((JsonObject) t).getString("name")))
                .containsExactly("Accounts", "Stakeholders");
        // The me route leads to the accounts service, whose document is fetched once: no me_ copies.
        assertThat(doc.getJsonObject("components").getJsonObject("schemas").fieldNames())
                .containsExactlyInAnyOrder("accounts_Account", "accounts_Status", "accounts_Problem",
                        "stakeholders_Stakeholder", "stakeholders_Problem");
        assertThat(doc.getJsonObject("paths").getJsonObject("/api/me").getJsonObject("get").getString("operationId"))
                .isEqualTo("whoAmI");
        assertThat(doc.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer")
                .getString("scheme")).isEqualTo("bearer");
        assertThat(doc.getJsonArray("security")).containsExactly(new JsonObject().put("bearer", new JsonArray()),
                new JsonObject().put("keycloak", new JsonArray()));
    }

    @Test
    void offersSwaggerUiASignInThroughKeycloakWithPkce() {
        JsonObject flow = mergedDocument().getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("keycloak").getJsonObject("flows").getJsonObject("authorizationCode");

        assertThat(flow.getString("authorizationUrl"))
                .isEqualTo("http://127.0.0.1:8180/realms/kam/protocol/openid-connect/auth");
        assertThat(flow.getString("tokenUrl")).isEqualTo("http://127.0.0.1:8180/realms/kam/protocol/openid-connect/token");
        given()
                .when()
                .get("/q/swagger-ui/kam-swagger-init.js")
                .then()
                .statusCode(200)
                .body(containsString("clientId: 'kam-web'"))
                .body(containsString("usePkceWithAuthorizationCodeGrant: true"))
                .body(containsString("/q/swagger-ui/oauth2-redirect.html"));
        given()
                .when()
                .get("/q/swagger-ui/oauth2-redirect.html")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"));
    }

    @Test
    void listsTheServiceThatIsDownInsteadOfFailing() {
        JsonObject doc = mergedDocument();

        assertThat(doc.getJsonArray(OpenApiMerger.UNAVAILABLE)).containsExactly("incentives");
    }

    @Test
    void keepsSameNamedSchemasOfDifferentServicesApartAndEveryRefResolves() {
        JsonObject doc = mergedDocument();
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");

        assertThat(schemas.getJsonObject("accounts_Problem").getJsonObject("properties").fieldNames())
                .containsExactly("title");
        assertThat(schemas.getJsonObject("stakeholders_Problem").getJsonObject("properties").fieldNames())
                .containsExactly("detail");

        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).contains("#/components/schemas/accounts_Account", "#/components/schemas/accounts_Status",
                "#/components/responses/accounts_BadRequest", "#/components/schemas/stakeholders_Stakeholder");
        for (String ref : refs) {
            assertThat(ref).startsWith("#/components/");
            String[] parts = ref.substring("#/components/".length()).split("/", 2);
            assertThat(doc.getJsonObject("components").getJsonObject(parts[0]))
                    .as("component type of %s", ref).isNotNull();
            assertThat(doc.getJsonObject("components").getJsonObject(parts[0]).containsKey(parts[1]))
                    .as("%s resolves", ref).isTrue();
        }
    }

    @Test
    void servesSwaggerUiShowingTheMergedDocument() {
        given()
                .when()
                .get("/q/swagger-ui")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/q/swagger-ui/kam-swagger-init.js"))
                .body(containsString("swagger-ui-bundle.js"));
        given().get("/q/swagger-ui/kam-swagger-init.js").then().body(containsString("/q/openapi?format=json"));
        given()
                .when()
                .get("/q/swagger-ui/swagger-ui-bundle.js")
                .then()
                .statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("SwaggerUIBundle"));
        given()
                .when()
                .get("/q/swagger-ui/swagger-ui.css")
                .then()
                .statusCode(200)
                .contentType(containsString("text/css"));
        given()
                .redirects().follow(false)
                .when()
                .get("/openapi-ui/index.html")
                .then()
                .statusCode(302)
                .header("Location", "/q/swagger-ui");
    }

    private static void collectRefs(Object node, List<String> refs) {
        if (node instanceof JsonObject object) {
            for (String key : object.fieldNames()) {
                Object value = object.getValue(key);
                if ("$ref".equals(key) && value instanceof String ref) {
                    refs.add(ref);
                } else {
                    collectRefs(value, refs);
                }
            }
        } else if (node instanceof JsonArray array) {
            array.forEach(item -> collectRefs(item, refs));
        }
    }
}
