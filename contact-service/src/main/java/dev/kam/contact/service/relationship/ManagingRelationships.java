package dev.kam.contact.service.relationship;

import dev.kam.contact.config.ContactConfig;
import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.domain.relationship.LastContact;
import dev.kam.contact.domain.relationship.Relationship;
import dev.kam.contact.event.StakeholderEventMapping;
import dev.kam.contact.event.StakeholderEventMapping.RelationshipChange;
import dev.kam.contact.repository.RelationshipEntity;
import dev.kam.contact.repository.RelationshipRepository;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.contact.service.coverage.RecalculatingCoverage;
import dev.kam.events.stakeholder.StakeholderEvents;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.directory.PeopleDirectory;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.outbox.Outbox;
import dev.kam.plumbing.problem.HttpStatuses;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import dev.kam.plumbing.replica.AccountReplicaEntity;
import dev.kam.plumbing.replica.AccountReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Records, changes and removes our people's relationships with a client person: one per pair, held
 * by a member of the account team. Each change is announced; coverage follows.
 */
@ApplicationScoped
@Transactional
public class ManagingRelationships {

    private final StakeholderAccess access;
    private final AccountReplicaRepository accounts;
    private final RelationshipRepository relationships;
    private final RecalculatingCoverage coverage;
    private final Outbox outbox;
    private final PeopleDirectory directory;
    private final ContactConfig config;
    private final Clock clock;

    ManagingRelationships(StakeholderAccess access, AccountReplicaRepository accounts,
            RelationshipRepository relationships, RecalculatingCoverage coverage, Outbox outbox,
            PeopleDirectory directory, ContactConfig config, Clock clock) {
        this.access = access;
        this.accounts = accounts;
        this.relationships = relationships;
        this.coverage = coverage;
        this.outbox = outbox;
        this.directory = directory;
        this.config = config;
        this.clock = clock;
    }

    public RelationshipView add(UUID stakeholderId, UserId holder, RelationshipDraft draft) {
        StakeholderEntity person = requireWritable(stakeholderId);
        // the replica may hold a member account-service admitted before it checked the directory (docs/adr/0015)
        directory.requireKnown("holderId", holder);
        AccountReplicaEntity account = accounts.findById(person.accountId);
        if (!account.members.containsKey(holder.value())) {
            throw new ProblemException(HttpStatuses.UNPROCESSABLE_CONTENT,
                    "https://kam.dev/problems/rules/holder-not-on-team", "Not on the account team",
                    "Relationships are held by members of the account team; this person is not on it",
                    List.of(new ProblemDetail.Violation("holderId", "not a member of the account team")));
        }
        if (relationships.between(stakeholderId, holder.value()).isPresent()) {
            throw ProblemException.conflict(
                    "This colleague already has a relationship with the person; change it instead");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        RelationshipEntity entity = new RelationshipEntity();
        entity.id = UUID.randomUUID();
        entity.accountId = person.accountId;
        entity.stakeholderId = stakeholderId;
        entity.holderId = holder.value();
        entity.createdAt = now;
        apply(entity, draft, now);
        relationships.persist(entity);
        relationships.flush();
        announce(entity, RelationshipChange.ADDED, now);
        coverage.recalculate(person.accountId);
        return RelationshipView.of(entity);
    }

    public RelationshipView change(UUID stakeholderId, UUID relationshipId, String ifMatch, RelationshipDraft draft) {
        requireWritable(stakeholderId);
        RelationshipEntity entity = relationshipOf(stakeholderId, relationshipId);
        EntityVersions.requireMatch(ifMatch, entity.version);
        boolean announced = entity.type != draft.type() || entity.quality != draft.quality();
        RelationshipView before = RelationshipView.of(entity);
        Instant now = Instant.now(clock);
        apply(entity, draft, entity.updatedAt);
        if (!RelationshipView.of(entity).equals(before)) {
            entity.updatedAt = now;
        }
        relationships.flush();
        if (announced) {
            announce(entity, RelationshipChange.UPDATED, now);
        }
        return RelationshipView.of(entity);
    }

    public void remove(UUID stakeholderId, UUID relationshipId, String ifMatch) {
        StakeholderEntity person = requireWritable(stakeholderId);
        RelationshipEntity entity = relationshipOf(stakeholderId, relationshipId);
        if (ifMatch != null) {
            EntityVersions.requireMatch(ifMatch, entity.version);
        }
        relationships.delete(entity);
        relationships.flush();
        announce(entity, RelationshipChange.REMOVED, Instant.now(clock));
        coverage.recalculate(person.accountId);
    }

    private void apply(RelationshipEntity entity, RelationshipDraft draft, Instant updatedAt) {
        LocalDate today = LocalDate.ofInstant(Instant.now(clock), config.zone());
        // the domain record checks the values; the stored row follows it
        Relationship checked = new Relationship(new UserId(entity.holderId), new StakeholderId(entity.stakeholderId),
                draft.type(), draft.quality(), draft.reason());
        entity.type = checked.type();
        entity.quality = checked.quality();
        entity.reason = checked.reason().orElse(null);
        entity.lastContactOn = LastContact.checked(draft.lastContactOn(), today).orElse(null);
        entity.updatedAt = updatedAt;
    }

    private void announce(RelationshipEntity entity, RelationshipChange change, Instant at) {
        outbox.record(StakeholderEvents.RELATIONSHIP_CHANGED, entity.accountId.toString(),
                entity.stakeholderId.toString(),
                StakeholderEventMapping.relationshipChanged(new AccountId(entity.accountId),
                        new StakeholderId(entity.stakeholderId), new UserId(entity.holderId), change, entity.type,
                        entity.quality, at));
    }

    private StakeholderEntity requireWritable(UUID stakeholderId) {
        StakeholderEntity person = access.requireStakeholder(stakeholderId, PeopleAction.WRITE_PEOPLE);
        if (person.erased()) {
            throw new DomainRuleViolation("stakeholder-erased",
                    "This person's data was erased; relationships are kept but not changed");
        }
        return person;
    }

    private RelationshipEntity relationshipOf(UUID stakeholderId, UUID relationshipId) {
        RelationshipEntity entity = relationships.findById(relationshipId);
        if (entity == null || !entity.stakeholderId.equals(stakeholderId)) {
            throw ProblemException.notFound("Relationship " + relationshipId);
        }
        return entity;
    }
}
