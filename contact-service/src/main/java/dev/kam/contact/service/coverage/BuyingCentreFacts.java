package dev.kam.contact.service.coverage;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.coverage.CoverageAnalysis;
import dev.kam.contact.domain.coverage.StakeholderPlacement;
import dev.kam.contact.domain.guidance.ContactRecord;
import dev.kam.contact.domain.guidance.PersonOnRecord;
import dev.kam.contact.domain.relationship.Relationship;
import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.domain.stakeholder.StakeholderStatus;
import dev.kam.contact.repository.RelationshipEntity;
import dev.kam.contact.repository.RoleAssessmentEntity;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.kernel.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the coverage and next-action rules read about one account: its people with their
 * account-wide roles, and the relationships held by people still on our account team (a colleague
 * who left the team no longer covers anyone).
 */
public record BuyingCentreFacts(List<StakeholderEntity> people, Map<UUID, RoleAssessmentEntity> roles,
        List<RelationshipEntity> relationships) {

    public static BuyingCentreFacts of(List<StakeholderEntity> people, Map<UUID, RoleAssessmentEntity> roles,
            List<RelationshipEntity> allRelationships, Set<String> teamMembers) {
        return new BuyingCentreFacts(List.copyOf(people), Map.copyOf(roles),
                allRelationships.stream().filter(r -> teamMembers.contains(r.holderId)).toList());
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

    public List<PersonOnRecord> peopleOnRecord() {
        return people.stream()
                .filter(p -> roles.containsKey(p.id))
                .map(p -> new PersonOnRecord(new StakeholderId(p.id), roles.get(p.id).role,
                        p.status == StakeholderStatus.ACTIVE, p.primaryContact))
                .toList();
    }

    public List<ContactRecord> contacts() {
        return relationships.stream()
                .map(r -> new ContactRecord(new UserId(r.holderId), new StakeholderId(r.stakeholderId), r.quality,
                        Optional.ofNullable(r.lastContactOn)))
                .toList();
    }
}
