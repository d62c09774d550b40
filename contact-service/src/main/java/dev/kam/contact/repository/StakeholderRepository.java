package dev.kam.contact.repository;

import dev.kam.contact.domain.stakeholder.StakeholderStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StakeholderRepository implements PanacheRepositoryBase<StakeholderEntity, UUID> {

    /** Up to {@code limit} people of an account in the order they were recorded, after the cursor if any. */
    public List<StakeholderEntity> page(UUID accountId, StakeholderStatus status, Instant afterCreatedAt,
            UUID afterId, int limit) {
        StringBuilder jpql = new StringBuilder("from StakeholderEntity s where s.accountId = :account");
        if (status != null) {
            jpql.append(" and s.status = :status");
        }
        if (afterCreatedAt != null) {
            jpql.append(" and (s.createdAt > :afterAt or (s.createdAt = :afterAt and s.id > :afterId))");
        }
        jpql.append(" order by s.createdAt, s.id");
        TypedQuery<StakeholderEntity> query = getEntityManager().createQuery(jpql.toString(), StakeholderEntity.class)
                .setParameter("account", accountId);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (afterCreatedAt != null) {
            query.setParameter("afterAt", afterCreatedAt).setParameter("afterId", afterId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** Everyone on record for the account (the buying centre is tens of people, not thousands). */
    public List<StakeholderEntity> ofAccount(UUID accountId) {
        return list("accountId = ?1 order by createdAt, id", accountId);
    }

    /** The account's current primary contact, locked so two requests cannot both hand the flag over. */
    public Optional<StakeholderEntity> primaryContactOf(UUID accountId) {
        return find("accountId = ?1 and primaryContact = true", accountId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** People who left before {@code day} and still have a negotiation profile. */
    public List<StakeholderEntity> leftBeforeWithProfile(LocalDate day) {
        return getEntityManager().createQuery("""
                        select s from StakeholderEntity s
                        where s.status = :left and s.leftOn < :day
                          and exists (select 1 from PersonalProfileEntity p where p.stakeholderId = s.id)""",
                        StakeholderEntity.class)
                .setParameter("left", StakeholderStatus.LEFT)
                .setParameter("day", day)
                .getResultList();
    }
}
