package dev.kam.incentive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PurchaseFactRepository implements PanacheRepositoryBase<PurchaseFactEntity, String> {

    public List<PurchaseFactEntity> ofAccounts(Collection<UUID> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return list("accountId in ?1 order by eventId", accounts);
    }

    /** The facts of these accounts recorded for one of these periods (written as {@code Period.format()}). */
    public List<PurchaseFactEntity> ofAccountsIn(Collection<UUID> accounts, Collection<String> periods) {
        if (accounts.isEmpty() || periods.isEmpty()) {
            return List.of();
        }
        return list("accountId in ?1 and period in ?2 order by eventId", accounts, periods);
    }
}
