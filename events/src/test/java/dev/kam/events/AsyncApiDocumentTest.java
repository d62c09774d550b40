package dev.kam.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** events/asyncapi.yaml is valid AsyncAPI and describes exactly the event catalog. */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = ContractLint.repositoryRoot().resolve("events/asyncapi.yaml");

    @Test
    void theDocumentPassesTheOfficialAsyncApiParser() {
        ContractLint.Result result = ContractLint.validateAsyncApi(DOCUMENT);
        assertThat(result.passed()).as(result.output()).isTrue();
        assertThat(result.output()).contains("VALID");
    }

    @Test
    void theValidatorRejectsADocumentWithABrokenSchemaReference() throws IOException {
        Path broken = Files.createTempFile(DOCUMENT.getParent(), "asyncapi-broken", ".yaml");
        try {
            Files.writeString(broken, Files.readString(DOCUMENT)
                    .replace("dev.kam.account.registered.v1.schema.json", "no-such.schema.json"));
            ContractLint.Result result = ContractLint.validateAsyncApi(broken);
            assertThat(result.passed()).as(result.output()).isFalse();
        } finally {
            Files.deleteIfExists(broken);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCatalogTypeIsAMessageWithItsSchemaOnItsTopic() throws IOException {
        Map<String, Object> doc = new Yaml().load(Files.readString(DOCUMENT));
        Map<String, Map<String, Object>> messages =
                (Map<String, Map<String, Object>>) ((Map<String, Object>) doc.get("components")).get("messages");
        Map<String, Map<String, Object>> channels = (Map<String, Map<String, Object>>) doc.get("channels");

        List<String> documented = new ArrayList<>();
        messages.forEach((key, message) -> {
            String type = (String) message.get("name");
            documented.add(type);
            Map<String, Object> payload = (Map<String, Object>) message.get("payload");
            assertThat(payload.get("$ref")).isEqualTo("./src/main/resources/schemas/" + type + ".schema.json");
            EventType<?> eventType = EventCatalog.byType(type).orElseThrow();
            String channelAddress = channels.values().stream()
                    .filter(channel -> ((Map<String, Object>) channel.get("messages")).containsKey(key))
                    .map(channel -> (String) channel.get("address"))
                    .findFirst().orElseThrow(() -> new AssertionError(key + " is on no channel"));
            assertThat(channelAddress).as("topic of %s", type).isEqualTo(eventType.topic());
        });
        assertThat(documented)
                .containsExactlyInAnyOrderElementsOf(EventCatalog.ALL.stream().map(EventType::type).toList());
    }
}
