package dev.kam.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The realm file must be importable: Keycloak keeps names and descriptions in columns of 255
 * characters and refuses the whole import (so `./kam up` fails) when one is longer.
 */
class RealmFileTest {

    private static final int KEYCLOAK_COLUMN = 255;

    @Test
    void everyNameAndDescriptionFitsKeycloaksColumns() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(RepositoryRoot.find().resolve("infra/keycloak/kam-realm.json").toFile());
        List<String> tooLong = new ArrayList<>();
        collect(realm, "realm", tooLong);
        assertThat(tooLong).as("fields longer than %d characters", KEYCLOAK_COLUMN).isEmpty();
    }

    private static void collect(JsonNode node, String path, List<String> tooLong) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String at = path + "." + field.getKey();
                JsonNode value = field.getValue();
                if ((field.getKey().equals("description") || field.getKey().equals("name")) && value.isTextual()
                        && value.asText().length() > KEYCLOAK_COLUMN) {
                    tooLong.add(at + " (" + value.asText().length() + ")");
                }
                collect(value, at, tooLong);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", tooLong);
            }
        }
    }
}
