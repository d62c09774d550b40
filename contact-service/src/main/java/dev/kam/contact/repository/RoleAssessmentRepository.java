package dev.kam.contact.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class RoleAssessmentRepository implements PanacheRepositoryBase<RoleAssessmentEntity, UUID> {

    /** The newest assessment of the person, account-wide ({@code decisionId} null) or in one decision. */
    public Optional<RoleAssessmentEntity> current(UUID stakeholderId, UUID decisionId) {
        String scope = decisionId == null ? "a.decisionId is null" : "a.decisionId = :decision";
        TypedQuery<RoleAssessmentEntity> query = getEntityManager().createQuery(
                "from RoleAssessmentEntity a where a.stakeholderId = :stakeholder and " + scope
                        + " order by a.sequenceNo desc", RoleAssessmentEntity.class)
                .setParameter("stakeholder", stakeholderId);
        if (decisionId != null) {
            query.setParameter("decision", decisionId);
        }
        return query.setMaxResults(1).getResultList().stream().findFirst();
    }

    /**
     * The current assessment of every person of the account, account-wide or in one decision, by
     * stakeholder id (people never assessed in that decision are absent).
     */
    public Map<UUID, RoleAssessmentEntity> currentOfAccount(UUID accountId, UUID decisionId) {
        String scope = decisionId == null ? "a.decisionId is null" : "a.decisionId = :decision";
        String sameScope = decisionId == null ? "b.decisionId is null" : "b.decisionId = :decision";
        TypedQuery<RoleAssessmentEntity> query = getEntityManager().createQuery(
                "from RoleAssessmentEntity a where a.accountId = :account and " + scope
                        + " and a.sequenceNo = (select max(b.sequenceNo) from RoleAssessmentEntity b"
                        + " where b.stakeholderId = a.stakeholderId and " + sameScope + ")",
                RoleAssessmentEntity.class)
                .setParameter("account", accountId);
        if (decisionId != null) {
            query.setParameter("decision", decisionId);
        }
        return query.getResultList().stream()
                .collect(Collectors.toMap(a -> a.stakeholderId, Function.identity()));
    }

    /** The person's assessments, newest first, optionally of one decision only, after the cursor. */
    public List<RoleAssessmentEntity> history(UUID stakeholderId, UUID decisionId, Long beforeSequence, int limit) {
        StringBuilder jpql = new StringBuilder("from RoleAssessmentEntity a where a.stakeholderId = :stakeholder");
        if (decisionId != null) {
            jpql.append(" and a.decisionId = :decision");
        }
        if (beforeSequence != null) {
            jpql.append(" and a.sequenceNo < :before");
        }
        jpql.append(" order by a.sequenceNo desc");
        TypedQuery<RoleAssessmentEntity> query = getEntityManager()
                .createQuery(jpql.toString(), RoleAssessmentEntity.class)
                .setParameter("stakeholder", stakeholderId);
        if (decisionId != null) {
            query.setParameter("decision", decisionId);
        }
        if (beforeSequence != null) {
            query.setParameter("before", beforeSequence);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** Free-text reasons may name the person: gone with his data. */
    public int forgetReasonsAbout(UUID stakeholderId) {
        return update("reason = null, overrideReason = null where stakeholderId = ?1", stakeholderId);
    }
}
