package dev.kam.incentive.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.events.Topics;
import dev.kam.events.stakeholder.StakeholderEvents;
import dev.kam.incentive.fixtures.IncentiveRows;
import dev.kam.incentive.repository.ClientRelationshipRepository;
import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.PoisonEventException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Relationship events become the count of client people an employee keeps relations with, once and in order. */
@QuarkusTest
class StakeholderEventsTest {

    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-02T10:00:00Z");

    @Inject
    ApplyingStakeholderEvents applier;

    @Inject
    ClientRelationshipRepository relationships;

    @Inject
    IncentiveRows rows;

    @Test
    void addedRelationshipsCountAndARemovedOneStopsCounting() {
        UUID account = UUID.randomUUID();
        String holder = UUID.randomUUID().toString();
        UUID anna = UUID.randomUUID();
        UUID ben = UUID.randomUUID();

        assertThat(applier.applyNamingTheAffected(relationship(account, anna, holder, "ADDED", T1)))
                .containsExactly(holder);
        applier.apply(relationship(account, ben, holder, "ADDED", T1));
        applier.apply(relationship(account, ben, holder, "UPDATED", T1));
        assertThat(count(account, holder)).isEqualTo(2);

        applier.apply(relationship(account, ben, holder, "REMOVED", T2));

        assertThat(count(account, holder)).isEqualTo(1);
    }

    @Test
    void anOlderAddedArrivingAfterTheRemovalDoesNotBringItBack() {
        UUID account = UUID.randomUUID();
        String holder = UUID.randomUUID().toString();
        UUID anna = UUID.randomUUID();
        applier.apply(relationship(account, anna, holder, "REMOVED", T2));

        assertThat(applier.applyNamingTheAffected(relationship(account, anna, holder, "ADDED", T1))).isEmpty();

        assertThat(count(account, holder)).isZero();
    }

    @Test
    void aReplayedEventChangesNothing() {
        UUID account = UUID.randomUUID();
        String holder = UUID.randomUUID().toString();
        UUID anna = UUID.randomUUID();
        InboundEvent added = relationship(account, anna, holder, "ADDED", T1);
        applier.apply(added);
        rows.execute("update client_relationship set active = false where stakeholder_id = :s", Map.of("s", anna));

        assertThat(applier.applyNamingTheAffected(added)).isEmpty();

        assertThat(count(account, holder)).isZero();
    }

    @Test
    void aPersonWhoLeftTheClientStopsCountingAndAnErasedOneIsForgotten() {
        UUID account = UUID.randomUUID();
        String holder = UUID.randomUUID().toString();
        UUID anna = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        applier.apply(relationship(account, anna, holder, "ADDED", T1));
        applier.apply(relationship(account, ben, holder, "ADDED", T1));

        assertThat(applier.applyNamingTheAffected(ConsumedEvents.event(Topics.STAKEHOLDERS,
                StakeholderEvents.LEFT_CLIENT.type(), account.toString(), """
                        {"accountId": "%s", "stakeholderId": "%s", "role": "LEADER", "leftOn": "2026-11-20"}"""
                        .formatted(account, anna)))).containsExactly(holder);
        assertThat(count(account, holder)).isEqualTo(1);

        applier.apply(ConsumedEvents.event(Topics.STAKEHOLDERS, StakeholderEvents.ERASED.type(), account.toString(), """
                {"accountId": "%s", "stakeholderId": "%s", "erasedAt": "2026-11-21T10:00:00Z"}""".formatted(account, ben)));

        assertThat(count(account, holder)).isZero();
        assertThat(rows.count("select count(*) from client_relationship where stakeholder_id = :s", Map.of("s", ben)))
                .isZero();
    }

    @Test
    void aRelationshipWithoutAHolderIsPoisonAndLeavesNoTrace() {
        UUID account = UUID.randomUUID();
        InboundEvent poison = InboundEvent.from(ConsumedEvents.unchecked(Topics.STAKEHOLDERS,
                StakeholderEvents.RELATIONSHIP_CHANGED.type(), account.toString(),
                payload(account, UUID.randomUUID(), " ", "ADDED", T1)));

        assertThatThrownBy(() -> applier.apply(poison)).isInstanceOf(PoisonEventException.class);

        assertThat(rows.count("select count(*) from processed_event where event_id = :e", Map.of("e", poison.id())))
                .isZero();
    }

    @Transactional
    int count(UUID account, String holder) {
        return relationships.clientPeopleByAccountOf(holder).getOrDefault(account, 0);
    }

    private static InboundEvent relationship(UUID account, UUID stakeholder, String holder, String change, Instant at) {
        return ConsumedEvents.event(Topics.STAKEHOLDERS, StakeholderEvents.RELATIONSHIP_CHANGED.type(),
                account.toString(), payload(account, stakeholder, holder, change, at));
    }

    private static String payload(UUID account, UUID stakeholder, String holder, String change, Instant at) {
        return """
                {"accountId": "%s", "stakeholderId": "%s", "holderId": "%s", "change": "%s", "type": "BUSINESS",
                 "quality": "GOOD", "changedAt": "%s"}""".formatted(account, stakeholder, holder, change, at);
    }
}
