package dev.kam.account.repository;

import dev.kam.account.domain.status.AccountStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the accounts on a person's team whose next contact was due before today, longest overdue
 * first. The due date is computed in SQL (last contact, or registration if never contacted, as a
 * calendar day in the company's zone, plus the cadence) only to filter and sort; the service checks
 * each result with the domain's ContactStatus.
 */
@ApplicationScoped
public class OverdueContactRepository {

    private final EntityManager entityManager;

    OverdueContactRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Up to {@code max} accounts, after the keyset (both null for the first page).
     *
     * @param excludedStatus accounts in this status are left out (a lost client is not on the contact round)
     */
    public List<AccountEntity> dueBefore(LocalDate today, ZoneId zone, String teamMemberId, AccountStatus excludedStatus,
            LocalDate afterDueOn, UUID afterId, int max) {
        String keyset = afterDueOn == null ? ""
                : " and (d.due_on > :afterDueOn or (d.due_on = :afterDueOn and d.id > :afterId))";
        Query query = entityManager.createNativeQuery("""
                select d.id from (
                    select a.id,
                           cast(coalesce(a.last_contact_at, a.registered_at) at time zone :zone as date)
                               + a.contact_cadence_days as due_on
                    from account a
                    where a.status <> :excludedStatus
                      and exists (select 1 from account_team_member m where m.account_id = a.id and m.user_id = :member)
                ) d
                where d.due_on < :today""" + keyset + " order by d.due_on, d.id limit :max", UUID.class)
                .setParameter("zone", zone.getId())
                .setParameter("excludedStatus", excludedStatus.name())
                .setParameter("member", teamMemberId)
                .setParameter("today", today)
                .setParameter("max", max);
        if (afterDueOn != null) {
            query.setParameter("afterDueOn", afterDueOn).setParameter("afterId", afterId);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, AccountEntity> byId = entityManager
                .createQuery("select a from AccountEntity a where a.id in :ids", AccountEntity.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(account -> account.id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
