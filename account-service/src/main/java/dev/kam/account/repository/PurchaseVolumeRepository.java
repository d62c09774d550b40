package dev.kam.account.repository;

import dev.kam.kernel.period.PeriodType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PurchaseVolumeRepository implements PanacheRepositoryBase<PurchaseVolumeEntity, PurchaseVolumeEntity.Key> {

    public Optional<PurchaseVolumeEntity> findFor(UUID accountId, String period) {
        return findByIdOptional(new PurchaseVolumeEntity.Key(accountId, period));
    }

    /** Every volume of the account, oldest period first (the comparisons need the whole history). */
    public List<PurchaseVolumeEntity> historyOf(UUID accountId) {
        return list("key.accountId = ?1 order by periodStart, periodType", accountId);
    }

    /**
     * Up to {@code max} of the account's volumes, newest period first, of one period type and starting
     * in {@code [from, toEnd)} when those are given, after the keyset {@code (afterStart, afterPeriod)}.
     */
    public List<PurchaseVolumeEntity> pageOf(UUID accountId, PeriodType type, LocalDate from, LocalDate toEnd,
            LocalDate afterStart, String afterPeriod, int max) {
        StringBuilder query = new StringBuilder("key.accountId = :account");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("account", accountId);
        if (type != null) {
            query.append(" and periodType = :type");
            parameters.put("type", type);
        }
        if (from != null) {
            query.append(" and periodStart >= :from");
            parameters.put("from", from);
        }
        if (toEnd != null) {
            query.append(" and periodStart < :toEnd");
            parameters.put("toEnd", toEnd);
        }
        if (afterStart != null) {
            query.append(" and (periodStart < :afterStart"
                    + " or (periodStart = :afterStart and key.period < :afterPeriod))");
            parameters.put("afterStart", afterStart);
            parameters.put("afterPeriod", afterPeriod);
        }
        query.append(" order by periodStart desc, key.period desc");
        return find(query.toString(), parameters).page(0, max).list();
    }

    /** The currencies the account's volumes are recorded in, apart from one period (the one being replaced). */
    public List<String> currenciesOf(UUID accountId, String exceptPeriod) {
        return getEntityManager().createQuery("""
                select distinct v.currency from PurchaseVolumeEntity v
                where v.key.accountId = :account and v.key.period <> :period""", String.class)
                .setParameter("account", accountId)
                .setParameter("period", exceptPeriod)
                .getResultList();
    }

    /** A stored period's currency. */
    public record StoredCurrency(UUID accountId, String period, String currency) {
    }

    /**
     * The currencies of the accounts' periods that start on one of each account's {@code starts}
     * latest period starts (all periods sharing a start), for an import's one-currency check. Each
     * account's starts are read newest first from the index {@code purchase_volume_latest}, stopping
     * after the {@code starts}-th: a window over all of the batch's volumes read the whole table
     * (V5, issue 11 P4).
     */
    public List<StoredCurrency> currenciesOfLatestStarts(Collection<UUID> accountIds, int starts) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select a.id, v.period, v.currency
                        from unnest(cast(:accounts as uuid[])) as a(id)
                        cross join lateral (
                            select period, currency from (
                                select period, currency,
                                       dense_rank() over (order by period_start desc) as start_rank
                                from purchase_volume p where p.account_id = a.id) ranked
                            where start_rank <= :starts) v""")
                .setParameter("accounts", accountIds.toArray(UUID[]::new))
                .setParameter("starts", starts)
                .getResultList();
        return rows.stream()
                .map(row -> new StoredCurrency((UUID) row[0], (String) row[1], ((String) row[2]).strip()))
                .toList();
    }

    /** The stored records of these accounts in these periods (those that exist). */
    public List<PurchaseVolumeEntity> findFor(Collection<UUID> accountIds, Collection<String> periods) {
        return list("key.accountId in ?1 and key.period in ?2", accountIds, periods);
    }
}
