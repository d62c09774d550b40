package dev.kam.contact.service.coverage;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.coverage.CoverageAnalysis;
import dev.kam.contact.domain.coverage.StakeholderPlacement;
import dev.kam.contact.domain.guidance.ContactRecord;
import dev.kam.contact.domain.history.ContactHistory;
import dev.kam.contact.domain.guidance.PersonOnRecord;
import dev.kam.contact.domain.relationship.Relationship;
import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.domain.stakeholder.StakeholderStatus;
import dev.kam.contact.repository.RelationshipEntity;
import dev.kam.contact.repository.RoleAssessmentEntity;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.kernel.UserId;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the coverage and next-action rules read about one account: its people with their
 * account-wide roles, the relationships held by people still on our account team (a colleague
 * who left the team no longer covers anyone), and when each person was last informed and met.
 */
public record BuyingCentreFacts(List<StakeholderEntity> people, Map<UUID, RoleAssessmentEntity> roles,
        List<RelationshipEntity> relationships, Map<UUID, ContactHistory> histories) {

    public static BuyingCentreFacts of(List<StakeholderEntity> people, Map<UUID, RoleAssessmentEntity> roles,
            List<RelationshipEntity> allRelationships, Set<String> teamMembers, Map<UUID, ContactHistory> histories) {
        return new BuyingCentreFacts(List.copyOf(people), Map.copyOf(roles),
                allRelationships.stream().filter(r -> teamMembers.contains(r.holderId)).toList(),
                Map.copyOf(histories));
    }

    /** The same people and relationships, with the roles of another scope (one purchase decision's). */
    public BuyingCentreFacts withRoles(Map<UUID, RoleAssessmentEntity> otherRoles) {
        return new BuyingCentreFacts(people, Map.copyOf(otherRoles), relationships, histories);
    }

    public ContactHistory historyOf(UUID stakeholderId) {
        return histories.getOrDefault(stakeholderId, ContactHistory.none());
    }

    public Optional<BuyingCentreRole> roleOf(UUID stakeholderId) {
        return Optional.ofNullable(roles.get(stakeholderId)).map(a -> a.role);
    }

    public CoverageAnalysis coverage() {
        List<StakeholderPlacement> placements = people.stream()
                .filter(p -> roles.containsKey(p.id))
                .map(p -> p.status == StakeholderStatus.LEFT
                        ? StakeholderPlacement.left(new StakeholderId(p.id), roles.get(p.id).role, p.leftOn)
                        : StakeholderPlacement.active(new StakeholderId(p.id), roles.get(p.id).role))
                .toList();
        List<Relationship> ties = relationships.stream()
                .map(r -> Relationship.of(new UserId(r.holderId), new StakeholderId(r.stakeholderId), r.type,
                        r.quality))
                .toList();
        return CoverageAnalysis.of(placements, ties);
    }

    /** The people with a role in this scope; "informed" days are days in {@code zone}. */
    public List<PersonOnRecord> peopleOnRecord(ZoneId zone) {
        return people.stream()
                .filter(p -> roles.containsKey(p.id))
                .map(p -> new PersonOnRecord(new StakeholderId(p.id), roles.get(p.id).role,
                        p.status == StakeholderStatus.ACTIVE, p.primaryContact, historyOf(p.id).lastInformedOn(zone)))
                .toList();
    }

    public List<ContactRecord> contacts() {
        return relationships.stream()
                .map(r -> new ContactRecord(new UserId(r.holderId), new StakeholderId(r.stakeholderId), r.quality))
                .toList();
    }
}
