package dev.kam.contact.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RelationshipRepository implements PanacheRepositoryBase<RelationshipEntity, UUID> {

    public List<RelationshipEntity> ofStakeholder(UUID stakeholderId) {
        return list("stakeholderId = ?1 order by createdAt, id", stakeholderId);
    }

    public List<RelationshipEntity> ofAccount(UUID accountId) {
        return list("accountId = ?1 order by createdAt, id", accountId);
    }

    public Optional<RelationshipEntity> between(UUID stakeholderId, String holderId) {
        return find("stakeholderId = ?1 and holderId = ?2", stakeholderId, holderId).firstResultOptional();
    }

    /** Free-text reasons may name the person: gone with his data; the relationships themselves stay. */
    public int forgetReasonsAbout(UUID stakeholderId) {
        return update("reason = null where stakeholderId = ?1", stakeholderId);
    }
}
