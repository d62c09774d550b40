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
}
