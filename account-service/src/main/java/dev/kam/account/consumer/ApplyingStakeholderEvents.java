package dev.kam.account.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.account.domain.dossier.BuyingCentreRole;
import dev.kam.account.repository.StakeholderReplicaRepository;
import dev.kam.account.service.health.AssessingAccountHealth;
import dev.kam.events.EventCatalog;
import dev.kam.events.stakeholder.CoverageChanged;
import dev.kam.events.stakeholder.StakeholderAdded;
import dev.kam.events.stakeholder.StakeholderChanged;
import dev.kam.events.stakeholder.StakeholderErased;
import dev.kam.events.stakeholder.StakeholderEvents;
import dev.kam.events.stakeholder.StakeholderLeftClient;
import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.Inbox;
import dev.kam.plumbing.inbox.PoisonEventException;
import dev.kam.plumbing.stakeholders.StakeholderEventsApplier;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Keeps account-service's replica of the buying-centre facts: the ones the cooling signals need
 * (coverage and departures of client people, after which the account's health is reassessed) and the
 * client people's names (from added and changed; interactions show them). All in the transaction that
 * remembers the event as applied, so a redelivery changes nothing. Other event types of the contract
 * on the topic are not for us and are passed over; a type outside the contract is poison.
 */
@ApplicationScoped
public class ApplyingStakeholderEvents implements StakeholderEventsApplier {

    public static final String CONSUMER = "account-service.stakeholders";

    private final Inbox inbox;
    private final StakeholderReplicaRepository replica;
    private final ObjectMapper objectMapper;
    private final AssessingAccountHealth health;

    ApplyingStakeholderEvents(Inbox inbox, StakeholderReplicaRepository replica, ObjectMapper objectMapper,
            AssessingAccountHealth health) {
        this.inbox = inbox;
        this.replica = replica;
        this.objectMapper = objectMapper;
        this.health = health;
    }

    @Override
    @Transactional
    public void apply(InboundEvent event) {
        if (EventCatalog.byType(event.type()).isEmpty()) {
            throw new PoisonEventException("Event " + event.id() + " has a type outside the contract: " + event.type());
        }
        boolean coverage = StakeholderEvents.COVERAGE_CHANGED.type().equals(event.type());
        boolean departure = StakeholderEvents.LEFT_CLIENT.type().equals(event.type());
        boolean erasure = StakeholderEvents.ERASED.type().equals(event.type());
        boolean added = StakeholderEvents.ADDED.type().equals(event.type());
        boolean changed = StakeholderEvents.CHANGED.type().equals(event.type());
        if (!coverage && !departure && !erasure && !added && !changed) {
            // role and relationship changes carry nothing shown or scored here
            return;
        }
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            Log.debugf("Event %s was applied before", event.id());
            return;
        }
        if (added) {
            StakeholderAdded person = event.payload(StakeholderEvents.ADDED, objectMapper);
            keepName(event, person.accountId(), person.stakeholderId(), person.name(), person.addedAt());
            return;
        }
        if (changed) {
            StakeholderChanged person = event.payload(StakeholderEvents.CHANGED, objectMapper);
            keepName(event, person.accountId(), person.stakeholderId(), person.name(), person.changedAt());
            return;
        }
        UUID accountId = coverage
                ? applyCoverage(event, event.payload(StakeholderEvents.COVERAGE_CHANGED, objectMapper))
                : departure ? applyDeparture(event, event.payload(StakeholderEvents.LEFT_CLIENT, objectMapper))
                : applyErasure(event, event.payload(StakeholderEvents.ERASED, objectMapper));
        health.reassessUnlessLost(accountId);
    }

    /**
     * A data-subject erasure in contact-service (docs/adr/0014): what this replica holds about the
     * person goes, and the account's health is read again without it.
     */
    private UUID applyErasure(InboundEvent event, StakeholderErased erased) {
        UUID accountId = event.uuid(erased.accountId(), "accountId");
        UUID stakeholderId = event.uuid(erased.stakeholderId(), "stakeholderId");
        int forgotten = replica.erase(stakeholderId);
        Log.infof("A stakeholder of account %s erased by event %s: %d replica rows deleted", accountId, event.id(),
                forgotten);
        return accountId;
    }

    /** A name as contact-service shows it now; nothing the health signals read, so no reassessment. */
    private void keepName(InboundEvent event, String accountId, String stakeholderId, String name, Instant at) {
        if (name == null || name.isBlank() || at == null) {
            throw new PoisonEventException("Event " + event.id() + " lacks the person's name or its time");
        }
        replica.keepName(event.uuid(stakeholderId, "stakeholderId"), event.uuid(accountId, "accountId"), name, at);
        Log.infof("Name of a stakeholder of account %s kept from event %s", accountId, event.id());
    }

    private UUID applyCoverage(InboundEvent event, CoverageChanged coverage) {
        UUID accountId = event.uuid(coverage.accountId(), "accountId");
        if (coverage.assessedAt() == null || coverage.stakeholderCount() < 0 || coverage.relationshipHolders() < 0) {
            throw new PoisonEventException("Event " + event.id() + " has an incomplete coverage payload");
        }
        replica.keepCoverage(accountId, coverage.stakeholderCount(), coverage.leaderCovered(),
                coverage.onlyButlerReachable(), coverage.relationshipHolders(), coverage.assessedAt());
        Log.infof("Coverage of account %s updated from event %s", accountId, event.id());
        return accountId;
    }

    private UUID applyDeparture(InboundEvent event, StakeholderLeftClient departure) {
        UUID accountId = event.uuid(departure.accountId(), "accountId");
        UUID stakeholderId = event.uuid(departure.stakeholderId(), "stakeholderId");
        BuyingCentreRole role;
        try {
            role = BuyingCentreRole.valueOf(String.valueOf(departure.role()));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("Event " + event.id() + " names an unknown buying-centre role");
        }
        if (departure.leftOn() == null) {
            throw new PoisonEventException("Event " + event.id() + " lacks the departure date");
        }
        replica.keepDeparture(stakeholderId, accountId, role, departure.leftOn());
        Log.infof("Departure of a %s from account %s recorded from event %s", role, accountId, event.id());
        return accountId;
    }

}
