package dev.kam.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each payload record and its JSON Schema say the same thing. */
class EventSchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static Stream<EventType<?>> eventTypes() {
        return EventCatalog.ALL.stream();
    }

    @Test
    void theCatalogNamesEachTypeOnceAndHasASampleOfEach() {
        List<String> types = EventCatalog.ALL.stream().map(EventType::type).toList();
        assertThat(types).isNotEmpty().doesNotHaveDuplicates();
        assertThat(SamplePayloads.BY_TYPE.keySet()).containsExactlyInAnyOrderElementsOf(types);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void theSchemaListsExactlyTheRecordsFields(EventType<?> type) throws Exception {
        JsonNode schema = readSchema(type);
        List<String> schemaFields = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(schemaFields::add);
        List<String> recordFields = Arrays.stream(type.payloadType().getRecordComponents())
                .map(RecordComponent::getName).toList();
        assertThat(schemaFields).containsExactlyInAnyOrderElementsOf(recordFields);
        assertThat(schema.get("title").asText()).isEqualTo(type.type());
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void aRealisticPayloadConformsToItsSchema(EventType<?> type) throws Exception {
        Object sample = SamplePayloads.BY_TYPE.get(type.type());
        assertThat(sample).isInstanceOf(type.payloadType());
        String json = MAPPER.writeValueAsString(sample);
        assertThat(EventSchemaValidator.violations(type.type(), json)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void aPayloadMissingARequiredFieldIsRejected(EventType<?> type) throws Exception {
        JsonNode schema = readSchema(type);
        String firstRequired = schema.get("required").get(0).asText();
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.valueToTree(
                SamplePayloads.BY_TYPE.get(type.type()));
        payload.remove(firstRequired);
        assertThat(EventSchemaValidator.violations(type.type(), payload.toString()))
                .anySatisfy(message -> assertThat(message).contains(firstRequired));
    }

    @Test
    void anUnknownFieldIsRejectedSoNoDataLeaksUnnoticed() throws Exception {
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.valueToTree(
                SamplePayloads.BY_TYPE.get("dev.kam.stakeholder.left-client.v1"));
        payload.put("birthday", "1970-01-01");
        assertThat(EventSchemaValidator.violations("dev.kam.stakeholder.left-client.v1", payload.toString()))
                .anySatisfy(message -> assertThat(message).contains("birthday"));
    }

    @Test
    void aRoleChangeInAPurchaseDecisionNamesTheDecisionAndMayHaveNoPreviousRole() throws Exception {
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.valueToTree(
                SamplePayloads.BY_TYPE.get("dev.kam.stakeholder.role-changed.v1"));
        payload.put("decisionId", "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a");
        payload.putNull("previousRole");
        assertThat(EventSchemaValidator.violations("dev.kam.stakeholder.role-changed.v1", payload.toString()))
                .isEmpty();
        payload.put("previousRole", "BOSS");
        assertThat(EventSchemaValidator.violations("dev.kam.stakeholder.role-changed.v1", payload.toString()))
                .isNotEmpty();
    }

    @Test
    void aStakeholderChangeNamesOnlyTheFieldsOtherServicesShow() throws Exception {
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.valueToTree(
                SamplePayloads.BY_TYPE.get("dev.kam.stakeholder.changed.v1"));
        payload.putArray("changedFields").add("position");
        assertThat(EventSchemaValidator.violations("dev.kam.stakeholder.changed.v1", payload.toString()))
                .anySatisfy(message -> assertThat(message).contains("changedFields"));
        payload.putArray("changedFields");
        assertThat(EventSchemaValidator.violations("dev.kam.stakeholder.changed.v1", payload.toString()))
                .as("a change changes something").isNotEmpty();
    }

    @Test
    void anErasureCarriesIdsOnlySoANameCannotTravelWithIt() throws Exception {
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.valueToTree(
                SamplePayloads.BY_TYPE.get("dev.kam.stakeholder.erased.v1"));
        payload.put("name", "Jana Novak");
        assertThat(EventSchemaValidator.violations("dev.kam.stakeholder.erased.v1", payload.toString()))
                .anySatisfy(message -> assertThat(message).contains("name"));
    }

    @Test
    void aMalformedMoneyAmountIsRejected() throws Exception {
        var payload = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.valueToTree(
                SamplePayloads.BY_TYPE.get("dev.kam.purchase.volume-recorded.v1"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) payload.get("volume")).put("amount", "12,5");
        assertThat(EventSchemaValidator.violations("dev.kam.purchase.volume-recorded.v1", payload.toString()))
                .isNotEmpty();
    }

    private static JsonNode readSchema(EventType<?> type) throws Exception {
        try (InputStream in = EventSchemasTest.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema %s", type.schemaResource()).isNotNull();
            return MAPPER.readTree(in);
        }
    }
}
