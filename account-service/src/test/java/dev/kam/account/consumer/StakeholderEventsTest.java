package dev.kam.account.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.account.domain.status.AccountStatus;
import dev.kam.account.fixtures.Dossiers;
import dev.kam.events.EventSchemaValidator;
import dev.kam.events.account.AccountEvents;
import dev.kam.events.health.HealthEvents;
import dev.kam.events.stakeholder.StakeholderEvents;
import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.PoisonEventException;
import dev.kam.plumbing.testing.CloudEventRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

/**
 * contact-service's events as account-service applies them: the coverage and departure replicas,
 * the health they move, idempotency, and what is poison. Payloads are checked against the contract's
 * schemas before they are sent.
 */
@QuarkusTest
class StakeholderEventsTest {

    @Inject
    Dossiers rows;

    @Inject
    ApplyingStakeholderEvents applier;

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    void aCoverageReportReplacesTheReplicaAndMovesTheAccountsHealth() {
        UUID account = rows.keyAccount();

        applier.apply(event(StakeholderEvents.COVERAGE_CHANGED.type(), account, coverage(account, false, true, 1,
                Instant.now())));

        assertThat(rows.single("select only_butler_reachable from stakeholder_coverage where account_id = :id",
                Map.of("id", account))).isEqualTo(true);
        assertThat(rows.single("select health_score from account where id = :id", Map.of("id", account)))
                .isEqualTo(65);
        assertThat(rows.outbox(account, HealthEvents.CHANGED.type())).hasSize(1);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID account = rows.keyAccount();
        InboundEvent event = event(StakeholderEvents.COVERAGE_CHANGED.type(), account,
                coverage(account, true, false, 3, Instant.now()));
        applier.apply(event);
        rows.execute("update stakeholder_coverage set relationship_holders = 7 where account_id = :id",
                Map.of("id", account));

        applier.apply(event);

        assertThat(rows.single("select relationship_holders from stakeholder_coverage where account_id = :id",
                Map.of("id", account))).isEqualTo(7);
        assertThat(rows.count("select count(*) from processed_event where consumer = :consumer and event_id = :id",
                Map.of("consumer", ApplyingStakeholderEvents.CONSUMER, "id", event.id()))).isEqualTo(1);
    }

    @Test
    void anOlderCoverageReportArrivingLateDoesNotOverwriteANewerOne() {
        UUID account = rows.keyAccount();
        Instant now = Instant.now();
        applier.apply(event(StakeholderEvents.COVERAGE_CHANGED.type(), account, coverage(account, true, false, 4, now)));

        applier.apply(event(StakeholderEvents.COVERAGE_CHANGED.type(), account,
                coverage(account, false, true, 1, now.minus(Duration.ofHours(1)))));

        assertThat(rows.single("select relationship_holders from stakeholder_coverage where account_id = :id",
                Map.of("id", account))).isEqualTo(4);
    }

    @Test
    void aLeaderLeavingTheClientIsAKeyPersonLost() {
        UUID account = rows.keyAccount();
        String payload = """
                {"accountId": "%s", "stakeholderId": "%s", "role": "LEADER", "leftOn": "%s"}"""
                .formatted(account, UUID.randomUUID(), LocalDate.now(ZoneOffset.UTC).minusDays(2));

        applier.apply(event(StakeholderEvents.LEFT_CLIENT.type(), account, payload));

        assertThat(rows.count("select count(*) from stakeholder_departure where account_id = :id and role = 'LEADER'",
                Map.of("id", account))).isEqualTo(1);
        assertThat(rows.single("select health_score from account where id = :id", Map.of("id", account)))
                .isEqualTo(85);
    }

    @Test
    void aLostAccountKeepsItsReplicaButIsNotReassessed() {
        UUID account = rows.keyAccount(a -> a.status = AccountStatus.LOST);

        applier.apply(event(StakeholderEvents.COVERAGE_CHANGED.type(), account,
                coverage(account, false, false, 2, Instant.now())));

        assertThat(rows.count("select count(*) from stakeholder_coverage where account_id = :id",
                Map.of("id", account))).isEqualTo(1);
        assertThat(rows.single("select health_score from account where id = :id", Map.of("id", account))).isNull();
    }

    @Test
    void otherEventsOfTheContractArePassedOver() {
        UUID account = rows.keyAccount();
        InboundEvent other = event(AccountEvents.REGISTERED.type(), account, "{}");

        applier.apply(other);

        assertThat(rows.count("select count(*) from processed_event where event_id = :id", Map.of("id", other.id())))
                .isZero();
    }

    @Test
    void anErasedStakeholderIsForgottenOnceAndTheirIdStaysInInteractions() {
        UUID account = rows.keyAccount();
        UUID erased = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        LocalDate leftOn = LocalDate.now(ZoneOffset.UTC).minusDays(2);
        applier.apply(event(StakeholderEvents.LEFT_CLIENT.type(), account, """
                {"accountId": "%s", "stakeholderId": "%s", "role": "LEADER", "leftOn": "%s"}"""
                .formatted(account, erased, leftOn)));
        applier.apply(event(StakeholderEvents.LEFT_CLIENT.type(), account, """
                {"accountId": "%s", "stakeholderId": "%s", "role": "HELPER", "leftOn": "%s"}"""
                .formatted(account, other, leftOn)));
        rows.execute("""
                insert into interaction (id, account_id, kind, occurred_at, our_participants, stakeholder_ids,
                    summary, outcome, logged_by, logged_at)
                values (:id, :account, 'MEETING', now(), cast('[]' as jsonb), cast(:ids as jsonb), 'Meeting',
                    'NEUTRAL', 'kate', now())""",
                Map.of("id", UUID.randomUUID(), "account", account, "ids", "[\"" + erased + "\"]"));
        applier.apply(added(account, erased, "Jana Novak", Instant.now().minusSeconds(60)));
        String payload = """
                {"accountId": "%s", "stakeholderId": "%s", "erasedAt": "%s"}"""
                .formatted(account, erased, Instant.now());
        assertThat(EventSchemaValidator.violations(StakeholderEvents.ERASED.type(), payload)).isEmpty();
        InboundEvent erasure = event(StakeholderEvents.ERASED.type(), account, payload);

        applier.apply(erasure);
        applier.apply(erasure);

        assertThat(rows.count("select count(*) from stakeholder_departure where stakeholder_id = :id",
                Map.of("id", erased))).isZero();
        assertThat(rows.count("select count(*) from stakeholder_name where stakeholder_id = :id",
                Map.of("id", erased))).as("the name goes too").isZero();
        assertThat(rows.count("select count(*) from stakeholder_departure where stakeholder_id = :id",
                Map.of("id", other))).isOne();
        assertThat(rows.count("select count(*) from interaction where account_id = :account "
                + "and stakeholder_ids @> cast(:ids as jsonb)",
                Map.of("account", account, "ids", "[\"" + erased + "\"]"))).isOne();
        assertThat(rows.count("select count(*) from processed_event where consumer = :consumer and event_id = :id",
                Map.of("consumer", ApplyingStakeholderEvents.CONSUMER, "id", erasure.id()))).isOne();
    }

    @Test
    void aPersonsNameIsKeptFromAddedAndFollowsARenameButNotAnOlderEventArrivingLate() {
        UUID account = rows.keyAccount();
        UUID person = UUID.randomUUID();
        Instant now = Instant.now();

        applier.apply(added(account, person, "Jana Novak", now.minusSeconds(120)));
        applier.apply(changed(account, person, "Jana Novak-Berger", List.of("name"), now));
        applier.apply(changed(account, person, "J. Novak", List.of("name"), now.minusSeconds(60)));

        assertThat(rows.single("select name from stakeholder_name where stakeholder_id = :id", Map.of("id", person)))
                .isEqualTo("Jana Novak-Berger");
        assertThat(rows.single("select health_score from account where id = :id", Map.of("id", account)))
                .as("a name is no health fact").isNull();
    }

    @Test
    void aChangeWithoutAValidPersonOrNameIsPoisonAndKeepsNothing() {
        UUID account = rows.keyAccount();

        assertThatThrownBy(() -> applier.apply(event(StakeholderEvents.CHANGED.type(), account, """
                {"accountId": "%s", "stakeholderId": "nobody", "changedFields": ["name"], "name": "X",
                 "primaryContact": false, "changedAt": "%s"}""".formatted(account, Instant.now()))))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("stakeholderId");
        assertThatThrownBy(() -> applier.apply(event(StakeholderEvents.ADDED.type(), account, """
                {"accountId": "%s", "stakeholderId": "%s", "role": "LEADER", "primaryContact": false,
                 "addedAt": "%s"}""".formatted(account, UUID.randomUUID(), Instant.now()))))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("name");
        assertThat(rows.count("select count(*) from stakeholder_name where account_id = :id", Map.of("id", account)))
                .isZero();
    }

    @Test
    void theOtherStakeholderEventsArePassedOverQuietly() {
        UUID account = rows.keyAccount();
        for (var type : List.of(StakeholderEvents.ROLE_CHANGED, StakeholderEvents.RELATIONSHIP_CHANGED)) {
            InboundEvent other = event(type.type(), account, "{}");

            applier.apply(other);

            assertThat(rows.count("select count(*) from processed_event where event_id = :id",
                    Map.of("id", other.id()))).isZero();
        }
        assertThat(rows.single("select health_score from account where id = :id", Map.of("id", account))).isNull();
    }

    @Test
    void unknownTypesAndUnreadablePayloadsArePoison() {
        UUID account = rows.keyAccount();

        assertThatThrownBy(() -> applier.apply(event("dev.kam.stakeholder.coverage-changed.v9", account, "{}")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("outside the contract");
        assertThatThrownBy(() -> applier.apply(event(StakeholderEvents.LEFT_CLIENT.type(), account, """
                {"accountId": "%s", "stakeholderId": "%s", "role": "BOSS", "leftOn": "2026-01-01"}"""
                .formatted(account, UUID.randomUUID()))))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("role");
        assertThatThrownBy(() -> applier.apply(event(StakeholderEvents.COVERAGE_CHANGED.type(), account, "not json")))
                .isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> applier.apply(event(StakeholderEvents.LEFT_CLIENT.type(), account, """
                {"accountId": "someone", "stakeholderId": "%s", "role": "LEADER", "leftOn": "2026-01-01"}"""
                .formatted(UUID.randomUUID()))))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("accountId");
        assertThat(rows.count("select count(*) from stakeholder_departure where account_id = :id",
                Map.of("id", account))).isZero();
    }

    @Test
    void aRecordArrivingOnTheChannelIsApplied() {
        UUID account = rows.keyAccount();
        ConsumerRecord<String, String> record = CloudEventRecords.record(StakeholderEvents.COVERAGE_CHANGED.type(),
                account.toString(), coverage(account, true, false, 2, Instant.now()));

        connector.source("stakeholder-events").send(record);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> rows.count(
                "select count(*) from stakeholder_coverage where account_id = :id", Map.of("id", account)) == 1);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> rows.single(
                "select health_score from account where id = :id", Map.of("id", account)) != null);
    }

    private static InboundEvent added(UUID account, UUID person, String name, Instant at) {
        return CloudEventRecords.conformingEvent(StakeholderEvents.ADDED.type(), account.toString(), """
                {"accountId": "%s", "stakeholderId": "%s", "name": "%s", "role": "BUTLER", "primaryContact": true,
                 "addedAt": "%s"}""".formatted(account, person, name, at));
    }

    private static InboundEvent changed(UUID account, UUID person, String name, List<String> fields, Instant at) {
        String changedFields = fields.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", "));
        return CloudEventRecords.conformingEvent(StakeholderEvents.CHANGED.type(), account.toString(), """
                {"accountId": "%s", "stakeholderId": "%s", "changedFields": [%s], "name": "%s",
                 "primaryContact": false, "changedAt": "%s"}""".formatted(account, person, changedFields, name, at));
    }

    private static String coverage(UUID account, boolean leader, boolean onlyButler, int holders, Instant at) {
        String payload = """
                {"accountId": "%s", "stakeholderCount": 5, "leaderCovered": %s, "onlyButlerReachable": %s,
                 "relationshipHolders": %d, "assessedAt": "%s"}""".formatted(account, leader, onlyButler, holders, at);
        assertThat(EventSchemaValidator.violations(StakeholderEvents.COVERAGE_CHANGED.type(), payload)).isEmpty();
        return payload;
    }

    private static InboundEvent event(String type, UUID account, String payload) {
        return CloudEventRecords.event(type, account.toString(), payload);
    }
}
