package dev.kam.incentive.repository;

import dev.kam.incentive.domain.statement.StatementStatus;
import dev.kam.plumbing.AdvisoryLockSpaces;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<StatementEntity, UUID> {

    /** What to list: every filter may be null; the keyset (period, employee) is null for the first page. */
    public record ListQuery(String employeeId, String period, StatementStatus status, String afterPeriod,
            String afterEmployeeId) {
    }

    /**
     * Holds the draft statements of these employees until the transaction ends; call it before reading
     * them. Two consumers recomputing the same drafts (a purchase and a team change of accounts one
     * person serves) then take turns instead of both reading one version and one failing its write
     * again and again while the other keeps winning. The locks are taken in the order of their keys,
     * so two transactions holding several cannot deadlock; a shared hash only makes two people wait
     * for each other.
     */
    public void lockDraftsOf(Collection<String> employeeIds) {
        for (int key : new TreeSet<>(employeeIds.stream().map(String::hashCode).toList())) {
            getEntityManager().createNativeQuery("select count(*) from pg_advisory_xact_lock(:space, :key)")
                    .setParameter("space", AdvisoryLockSpaces.EMPLOYEE_DRAFTS)
                    .setParameter("key", key)
                    .getSingleResult();
        }
    }

    public Optional<StatementEntity> of(String employeeId, String period) {
        return find("employeeId = ?1 and period = ?2", employeeId, period).firstResultOptional();
    }

    /** The drafts of these employees: the statements that still follow the facts. */
    public List<StatementEntity> draftsOf(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return list("employeeId in ?1 and status = ?2 order by employeeId, period", employeeIds,
                StatementStatus.DRAFT);
    }

    /** Up to {@code limit} statements, newest period first, then by employee id. */
    public List<StatementEntity> list(ListQuery query, int limit) {
        StringBuilder jpql = new StringBuilder("from StatementEntity s where 1 = 1");
        if (query.employeeId() != null) {
            jpql.append(" and s.employeeId = :employeeId");
        }
        if (query.period() != null) {
            jpql.append(" and s.period = :period");
        }
        if (query.status() != null) {
            jpql.append(" and s.status = :status");
        }
        if (query.afterPeriod() != null) {
            jpql.append(" and (s.period < :afterPeriod or (s.period = :afterPeriod and s.employeeId > :afterEmployee))");
        }
        jpql.append(" order by s.period desc, s.employeeId");
        TypedQuery<StatementEntity> select = getEntityManager().createQuery(jpql.toString(), StatementEntity.class);
        if (query.employeeId() != null) {
            select.setParameter("employeeId", query.employeeId());
        }
        if (query.period() != null) {
            select.setParameter("period", query.period());
        }
        if (query.status() != null) {
            select.setParameter("status", query.status());
        }
        if (query.afterPeriod() != null) {
            select.setParameter("afterPeriod", query.afterPeriod());
            select.setParameter("afterEmployee", query.afterEmployeeId());
        }
        return select.setMaxResults(limit).getResultList();
    }
}
