package dev.kam.account.repository;

import dev.kam.kernel.period.PeriodType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
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
}
