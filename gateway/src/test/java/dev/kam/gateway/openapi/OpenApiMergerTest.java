package dev.kam.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    @Test
    void rewritesDiscriminatorMappingsAndLeavesSecuritySchemesAndExternalRefsAlone() {
        JsonObject doc = new JsonObject("""
                {"openapi": "3.0.3", "paths": {},
                 "components": {"schemas": {
                   "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "other.json#/Dog"}],
                           "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat"}}},
                   "Cat": {"type": "object"}},
                  "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}}
                """);
        Map<String, JsonObject> docs = new LinkedHashMap<>();
        docs.put("pets", doc);

        JsonObject merged = OpenApiMerger.merge(docs, Set.of(), "https://kam.example");

        JsonObject pet = merged.getJsonObject("components").getJsonObject("schemas").getJsonObject("pets_Pet");
        assertThat(pet.getJsonArray("oneOf").getJsonObject(0).getString("$ref")).isEqualTo("#/components/schemas/pets_Cat");
        assertThat(pet.getJsonArray("oneOf").getJsonObject(1).getString("$ref")).isEqualTo("other.json#/Dog");
        assertThat(pet.getJsonObject("discriminator").getJsonObject("mapping").getString("cat"))
                .isEqualTo("#/components/schemas/pets_Cat");
        assertThat(merged.getJsonObject("components").getJsonObject("securitySchemes").containsKey("bearer")).isTrue();
        assertThat(merged.containsKey(OpenApiMerger.UNAVAILABLE)).isFalse();
        assertThat(merged.getString("openapi")).isEqualTo("3.0.3");
        // The input is not changed.
        assertThat(doc.getJsonObject("components").getJsonObject("schemas").containsKey("Pet")).isTrue();
    }

    @Test
    void givesAnOperationIdAnEarlierServiceAlreadyUsedItsRoutesPrefix() {
        Map<String, JsonObject> docs = new LinkedHashMap<>();
        docs.put("accounts", new JsonObject("""
                {"openapi": "3.1.0", "paths": {"/api/accounts/me": {"get": {"operationId": "me"}}}}"""));
        docs.put("stakeholders", new JsonObject("""
                {"openapi": "3.1.0", "paths": {"/api/stakeholders/me": {
                  "get": {"operationId": "me"}, "post": {"operationId": "tellMe"}}}}"""));

        JsonObject paths = OpenApiMerger.merge(docs, Set.of(), "http://gw").getJsonObject("paths");

        assertThat(paths.getJsonObject("/api/accounts/me").getJsonObject("get").getString("operationId"))
                .isEqualTo("me");
        assertThat(paths.getJsonObject("/api/stakeholders/me").getJsonObject("get").getString("operationId"))
                .isEqualTo("stakeholders_me");
        assertThat(paths.getJsonObject("/api/stakeholders/me").getJsonObject("post").getString("operationId"))
                .isEqualTo("tellMe");
        // The input is not changed.
        assertThat(docs.get("stakeholders").getJsonObject("paths").getJsonObject("/api/stakeholders/me")
                .getJsonObject("get").getString("operationId")).isEqualTo("me");
    }

    @Test
    void answersAnEmptyButValidDocumentWhenNoServiceAnswers() {
        JsonObject merged = OpenApiMerger.merge(Map.of(), Set.of("accounts", "incentives"), "http://gw");

        assertThat(merged.getString("openapi")).isEqualTo("3.1.0");
        assertThat(merged.getJsonObject("paths").isEmpty()).isTrue();
        assertThat(merged.getJsonArray(OpenApiMerger.UNAVAILABLE)).containsExactly("accounts", "incentives");
    }
}
