package dev.kam.contact.service.relationship;

import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.repository.RelationshipEntity;
import dev.kam.contact.repository.RelationshipRepository;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Who of ours knows a client person (a handful of rows per person: no paging needed). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingRelationships {

    private final StakeholderAccess access;
    private final RelationshipRepository relationships;

    ReadingRelationships(StakeholderAccess access, RelationshipRepository relationships) {
        this.access = access;
        this.relationships = relationships;
    }

    public List<RelationshipView> of(UUID stakeholderId) {
        access.requireStakeholder(stakeholderId, PeopleAction.READ_PEOPLE);
        return relationships.ofStakeholder(stakeholderId).stream().map(RelationshipView::of).toList();
    }

    public RelationshipView one(UUID stakeholderId, UUID relationshipId) {
        access.requireStakeholder(stakeholderId, PeopleAction.READ_PEOPLE);
        RelationshipEntity entity = relationships.findById(relationshipId);
        if (entity == null || !entity.stakeholderId.equals(stakeholderId)) {
            throw ProblemException.notFound("Relationship " + relationshipId);
        }
        return RelationshipView.of(entity);
    }
}
