package dev.kam.account.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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
