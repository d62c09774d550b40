package dev.kam.contact.consumer;

import static dev.kam.plumbing.testing.DemoUsers.KATE;
import static dev.kam.plumbing.testing.DemoUsers.TOM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.kam.contact.fixtures.ContactRows;
import dev.kam.contact.fixtures.Stakeholders;
import dev.kam.events.account.AccountEvents;
import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.PoisonEventException;
import dev.kam.plumbing.testing.CloudEventRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

/**
 * account-service's interaction-logged events as contact-service applies them: when each client
 * person was last informed and met, the next actions that read it, idempotency, erasure and poison.
 */
@QuarkusTest
class InteractionEventsTest {

    @Inject
    ContactRows rows;

    @Inject
    ApplyingInteractionEvents applier;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aLoggedCallInformsTheSpecifierAndClearsTheNextAction() {
        UUID account = rows.account();
        UUID specifier = leaderAndSpecifier(account);
        given().when().get(nextActions(account)).then().statusCode(200)
                .body("actions.code", hasItem("SPECIFIER_NOT_INFORMED"))
                .body("actions.find { it.code == 'SPECIFIER_NOT_INFORMED' }.stakeholderId",
                        equalTo(specifier.toString()))
                .body("actions.find { it.code == 'SPECIFIER_NOT_INFORMED' }.action",
                        equalTo("No logged interaction has informed this specifier yet; update him and ask for "
                                + "his advice."));
        UUID call = UUID.randomUUID();
        Instant at = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MICROS);

        applier.apply(logged(account, call, "CALL", at, specifier));

        given().when().get(nextActions(account)).then().statusCode(200)
                .body("actions.code", not(hasItem("SPECIFIER_NOT_INFORMED")));
        given().when().get("/api/stakeholders/" + specifier).then().statusCode(200)
                .body("lastInformed.interactionId", equalTo(call.toString()))
                .body("lastInformed.kind", equalTo("CALL"))
                .body("lastInformed.at", equalTo(at.toString()))
                .body("lastMet", nullValue());
        given().when().get("/api/stakeholders?accountId=" + account).then().statusCode(200)
                .body("items.find { it.id == '%s' }.lastInformed.interactionId".formatted(specifier),
                        equalTo(call.toString()))
                .body("items.find { it.name == 'Lea Leader' }.lastInformed", nullValue());
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void aSpecifierLastInformedMoreThanTheCadenceAgoIsDueAgain() {
        UUID account = rows.account();
        UUID specifier = leaderAndSpecifier(account);
        Instant longAgo = Instant.now().minus(Duration.ofDays(61));

        applier.apply(logged(account, UUID.randomUUID(), "MEETING", longAgo, specifier));

        given().when().get(nextActions(account)).then().statusCode(200)
                .body("actions.find { it.code == 'SPECIFIER_NOT_INFORMED' }.action", equalTo(
                        "This specifier was last informed on " + LocalDate.ofInstant(longAgo, ZoneOffset.UTC)
                                + ", more than 60 days ago; update him and ask for his advice."));

        applier.apply(logged(account, UUID.randomUUID(), "EMAIL", Instant.now().minus(Duration.ofDays(59)),
                specifier));

        given().when().get(nextActions(account)).then().statusCode(200)
                .body("actions.code", not(hasItem("SPECIFIER_NOT_INFORMED")));
    }

    @Test
    void aMeetingLoggedLateMovesNothingBackAndACallIsNoMeeting() {
        UUID account = rows.account();
        UUID person = person(account, "Ole Berg");
        UUID call = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        applier.apply(logged(account, call, "CALL", now.minus(Duration.ofDays(1)), person));
        applier.apply(logged(account, meeting, "VISIT", now.minus(Duration.ofDays(10)), person));
        applier.apply(logged(account, UUID.randomUUID(), "NEGOTIATION", now.minus(Duration.ofDays(30)), person));

        assertThat(history(person, "last_informed_interaction")).isEqualTo(call);
        assertThat(history(person, "last_informed_kind")).isEqualTo("CALL");
        assertThat(history(person, "last_met_interaction")).isEqualTo(meeting);
        assertThat(history(person, "last_met_kind")).isEqualTo("VISIT");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID account = rows.account();
        UUID person = person(account, "Ole Berg");
        InboundEvent event = logged(account, UUID.randomUUID(), "MEETING", Instant.now(), person);
        applier.apply(event);
        rows.execute("delete from contact_history where stakeholder_id = :id", Map.of("id", person));

        applier.apply(event);

        assertThat(rows.count("select count(*) from contact_history where stakeholder_id = :id",
                Map.of("id", person))).isZero();
        assertThat(rows.count("select count(*) from processed_event where consumer = :c and event_id = :e",
                Map.of("c", ApplyingInteractionEvents.CONSUMER, "e", event.id()))).isOne();
    }

    @Test
    void idsThatAreNoPersonOfTheAccountArePassedOver() {
        UUID account = rows.account();
        UUID ours = person(account, "Ole Berg");
        UUID elsewhere = person(rows.account(), "Ida Other");

        applier.apply(logged(account, UUID.randomUUID(), "CALL", Instant.now(), elsewhere, UUID.randomUUID(), ours,
                ours));

        assertThat(rows.count("select count(*) from contact_history where stakeholder_id = :id",
                Map.of("id", elsewhere))).isZero();
        assertThat(rows.count("select count(*) from contact_history where stakeholder_id = :id and account_id = :a",
                Map.of("id", ours, "a", account))).isOne();
    }

    @Test
    @TestSecurity(user = "kate", roles = "key-account-manager")
    @OidcSecurity(claims = @Claim(key = "sub", value = KATE))
    void anErasedPersonGetsNoHistoryBackFromInteractionsBeforeHisErasure() {
        UUID account = rows.account();
        UUID person = Stakeholders.add(account, "Eva Erased", 2, 2, false);
        applier.apply(logged(account, UUID.randomUUID(), "MEETING", Instant.now().minus(Duration.ofDays(2)), person));
        given().when().delete("/api/stakeholders/" + person + "/personal-data").then().statusCode(200);
        assertThat(rows.count("select count(*) from contact_history where stakeholder_id = :id",
                Map.of("id", person))).as("erasure deletes the history").isZero();

        applier.apply(logged(account, UUID.randomUUID(), "MEETING", Instant.now().minus(Duration.ofDays(1)), person));

        assertThat(rows.count("select count(*) from contact_history where stakeholder_id = :id",
                Map.of("id", person))).isZero();

        UUID later = UUID.randomUUID();
        applier.apply(logged(account, later, "CALL", Instant.now(), person));

        assertThat(history(person, "last_informed_interaction")).as("a contact after the erasure is new data")
                .isEqualTo(later);
    }

    @Test
    void brokenInteractionsArePoisonAndNothingOfThemIsApplied() {
        UUID account = rows.account();
        UUID person = person(account, "Ole Berg");
        InboundEvent badAttendee = CloudEventRecords.conformingEvent(AccountEvents.INTERACTION_LOGGED.type(),
                account.toString(),
                payload(account, UUID.randomUUID(), "CALL", Instant.now(), person + "\", \"nobody"));
        InboundEvent noTime = CloudEventRecords.event(AccountEvents.INTERACTION_LOGGED.type(), account.toString(), """
                {"accountId": "%s", "interactionId": "%s", "kind": "CALL", "outcome": "NEUTRAL",
                 "ourParticipantIds": [], "stakeholderIds": ["%s"]}""".formatted(account, UUID.randomUUID(), person));
        InboundEvent badAccount = CloudEventRecords.event(AccountEvents.INTERACTION_LOGGED.type(), account.toString(),
                payload(account, UUID.randomUUID(), "CALL", Instant.now(), person.toString())
                        .replace(account.toString(), "acme"));
        InboundEvent unreadable = CloudEventRecords.event(AccountEvents.INTERACTION_LOGGED.type(), account.toString(),
                "not json");

        assertThatThrownBy(() -> applier.apply(badAttendee)).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("stakeholderIds");
        assertThatThrownBy(() -> applier.apply(noTime)).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("time");
        assertThatThrownBy(() -> applier.apply(badAccount)).isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("accountId");
        assertThatThrownBy(() -> applier.apply(unreadable)).isInstanceOf(PoisonEventException.class);

        assertThat(rows.count("select count(*) from contact_history where stakeholder_id = :id",
                Map.of("id", person))).isZero();
        for (InboundEvent poison : new InboundEvent[] {badAttendee, noTime, badAccount, unreadable}) {
            assertThat(rows.count("select count(*) from processed_event where event_id = :e",
                    Map.of("e", poison.id()))).as("not remembered as applied").isZero();
        }
    }

    @Test
    void theChannelReadsInteractionsOnlyAndLeavesEveryOtherRecordToTheAccountChannel() {
        UUID account = rows.account();
        UUID person = person(account, "Ole Berg");
        ConsumerRecord<String, String> registration = CloudEventRecords.record(AccountEvents.REGISTERED.type(),
                account.toString(), "not even json");
        ConsumerRecord<String, String> notACloudEvent = new ConsumerRecord<>(AccountEvents.REGISTERED.topic(), 0, 0L,
                account.toString(), "{}");
        ConsumerRecord<String, String> interaction = CloudEventRecords.conforming(
                AccountEvents.INTERACTION_LOGGED.type(), account.toString(),
                payload(account, UUID.randomUUID(), "MEETING", Instant.now(), person.toString()));

        connector.source("interaction-events").send(registration);
        connector.source("interaction-events").send(notACloudEvent);
        connector.source("interaction-events").send(interaction);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> rows.count(
                "select count(*) from contact_history where stakeholder_id = :id", Map.of("id", person)) == 1);
        assertThat(rows.count("select count(*) from processed_event where consumer = :c and event_id = :e",
                Map.of("c", ApplyingInteractionEvents.CONSUMER, "e", new String(
                        registration.headers().lastHeader("ce_id").value())))).isZero();
    }

    private static String nextActions(UUID account) {
        return "/api/stakeholders/accounts/" + account + "/next-actions";
    }

    /** A person on record, written straight to the database (the consumer needs no more). */
    private UUID person(UUID account, String name) {
        return rows.person(account, name);
    }

    /** A leader (primary contact, known to kate) and a specifier known to tom; answers the specifier. */
    private static UUID leaderAndSpecifier(UUID account) {
        UUID leader = Stakeholders.add(account, "Lea Leader", 5, 5, true);
        UUID specifier = Stakeholders.add(account, "Sue Specifier", 4, 2, false);
        Stakeholders.relate(leader, KATE, "GOOD", null);
        Stakeholders.relate(specifier, TOM, "GOOD", LocalDate.now().toString());
        return specifier;
    }

    private Object history(UUID person, String column) {
        return rows.single("select " + column + " from contact_history where stakeholder_id = :id",
                Map.of("id", person));
    }

    private static InboundEvent logged(UUID account, UUID interaction, String kind, Instant at, UUID... people) {
        String ids = Arrays.stream(people).map(UUID::toString).collect(Collectors.joining("\", \""));
        return CloudEventRecords.conformingEvent(AccountEvents.INTERACTION_LOGGED.type(), account.toString(),
                payload(account, interaction, kind, at, ids));
    }

    /** An interaction-logged payload; {@code stakeholderIds} is the inside of a list of quoted strings. */
    private static String payload(UUID account, UUID interaction, String kind, Instant at, String stakeholderIds) {
        return """
                {"accountId": "%s", "interactionId": "%s", "kind": "%s", "occurredAt": "%s", "outcome": "NEUTRAL",
                 "ourParticipantIds": ["%s"], "stakeholderIds": ["%s"]}"""
                .formatted(account, interaction, kind, at, KATE, stakeholderIds);
    }
}
