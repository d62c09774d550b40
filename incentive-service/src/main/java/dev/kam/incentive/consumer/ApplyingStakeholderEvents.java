package dev.kam.incentive.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.events.EventCatalog;
import dev.kam.events.stakeholder.RelationshipChanged;
import dev.kam.events.stakeholder.StakeholderErased;
import dev.kam.events.stakeholder.StakeholderEvents;
import dev.kam.events.stakeholder.StakeholderLeftClient;
import dev.kam.incentive.repository.ClientRelationshipEntity;
import dev.kam.incentive.repository.ClientRelationshipRepository;
import dev.kam.incentive.repository.DepartedStakeholderEntity;
import dev.kam.incentive.repository.DepartedStakeholderRepository;
import dev.kam.incentive.service.workload.DetectingOverload;
import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.Inbox;
import dev.kam.plumbing.inbox.PoisonEventException;
import dev.kam.plumbing.stakeholders.StakeholderEventsApplier;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps who of our people holds a relationship with which client person (ids only), for the workload
 * factor "client people to keep relations with", in the transaction that remembers the event: a
 * redelivery changes nothing, and an older relationship event arriving late does not overwrite a
 * newer one. A person who left the client stops counting; an erased person is forgotten entirely.
 */
@ApplicationScoped
public class ApplyingStakeholderEvents implements StakeholderEventsApplier {

    public static final String CONSUMER = "incentive-service.stakeholders";

    private static final Set<String> CHANGES = Set.of("ADDED", "UPDATED", "REMOVED");

    private final Inbox inbox;
    private final ClientRelationshipRepository relationships;
    private final DepartedStakeholderRepository departed;
    private final DetectingOverload overload;
    private final ObjectMapper objectMapper;

    ApplyingStakeholderEvents(Inbox inbox, ClientRelationshipRepository relationships,
            DepartedStakeholderRepository departed, DetectingOverload overload, ObjectMapper objectMapper) {
        this.inbox = inbox;
        this.relationships = relationships;
        this.departed = departed;
        this.overload = overload;
        this.objectMapper = objectMapper;
    }

    @Override
    @Transactional
    public void apply(InboundEvent event) {
        applyNamingTheAffected(event);
    }

    /**
     * Applies the event as {@link #apply} does.
     *
     * @return the user ids of our people whose workload the event changed (rechecked for overload)
     */
    @Transactional
    public Set<String> applyNamingTheAffected(InboundEvent event) {
        Set<String> affected = applied(event);
        overload.recheck(affected);
        return affected;
    }

    private Set<String> applied(InboundEvent event) {
        if (EventCatalog.byType(event.type()).isEmpty()) {
            throw new PoisonEventException("Event " + event.id() + " has a type outside the contract: " + event.type());
        }
        if (event.type().equals(StakeholderEvents.RELATIONSHIP_CHANGED.type())) {
            RelationshipChanged changed = event.payload(StakeholderEvents.RELATIONSHIP_CHANGED, objectMapper);
            ClientRelationshipEntity.Key key = relationshipOf(event, changed);
            return firstDelivery(event) ? relationshipChanged(event, key, changed) : Set.of();
        }
        if (event.type().equals(StakeholderEvents.LEFT_CLIENT.type())) {
            StakeholderLeftClient left = event.payload(StakeholderEvents.LEFT_CLIENT, objectMapper);
            UUID stakeholder = uuid(event, left.stakeholderId(), "stakeholderId");
            UUID account = uuid(event, left.accountId(), "accountId");
            if (!firstDelivery(event)) {
                return Set.of();
            }
            Set<String> holders = Set.copyOf(relationships.holdersOf(stakeholder));
            if (departed.findById(stakeholder) == null) {
                DepartedStakeholderEntity row = new DepartedStakeholderEntity();
                row.stakeholderId = stakeholder;
                row.accountId = account;
                departed.persist(row);
            }
            return holders;
        }
        if (event.type().equals(StakeholderEvents.ERASED.type())) {
            StakeholderErased erased = event.payload(StakeholderEvents.ERASED, objectMapper);
            UUID stakeholder = uuid(event, erased.stakeholderId(), "stakeholderId");
            if (!firstDelivery(event)) {
                return Set.of();
            }
            Set<String> holders = Set.copyOf(relationships.holdersOf(stakeholder));
            relationships.forget(stakeholder);
            departed.deleteById(stakeholder);
            Log.infof("Relationships with erased stakeholder %s forgotten", stakeholder);
            return holders;
        }
        return Set.of();
    }

    private Set<String> relationshipChanged(InboundEvent event, ClientRelationshipEntity.Key key,
            RelationshipChanged changed) {
        ClientRelationshipEntity row = relationships.findById(key);
        if (row != null && changed.changedAt().isBefore(row.changedAt)) {
            Log.infof("Relationship event %s is older than the one applied; ignored", event.id());
            return Set.of();
        }
        boolean added = row == null;
        if (added) {
            row = new ClientRelationshipEntity();
            row.id = key;
        }
        row.active = !changed.change().equals("REMOVED");
        row.changedAt = changed.changedAt();
        if (added) {
            relationships.persist(row);
        }
        return Set.of(key.holderId());
    }

    private boolean firstDelivery(InboundEvent event) {
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            Log.debugf("Event %s was applied before", event.id());
            return false;
        }
        return true;
    }

    private static ClientRelationshipEntity.Key relationshipOf(InboundEvent event, RelationshipChanged changed) {
        if (changed.holderId() == null || changed.holderId().isBlank() || changed.changedAt() == null
                || changed.change() == null || !CHANGES.contains(changed.change())) {
            throw new PoisonEventException("Event " + event.id() + " is not a readable relationship change");
        }
        return new ClientRelationshipEntity.Key(uuid(event, changed.accountId(), "accountId"),
                uuid(event, changed.stakeholderId(), "stakeholderId"), changed.holderId());
    }

    private static UUID uuid(InboundEvent event, String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw new PoisonEventException("Event " + event.id() + " has no valid " + field);
        }
    }
}
