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

    /**
     * The facts of the accounts the employee serves (the account replica's teams) recorded for one of
     * these periods (written as {@code Period.format()}). The accounts are a subquery, not a list of
     * parameters: a key account manager on thousands of teams would otherwise bind thousands of ids.
     */
    public List<PurchaseFactEntity> ofAccountsServedByIn(String employeeId, Collection<String> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        return list("""
                period in ?2 and accountId in (select a.accountId from AccountReplicaEntity a join a.members m
                where key(m) = ?1) order by eventId""", employeeId, periods);
    }
}
