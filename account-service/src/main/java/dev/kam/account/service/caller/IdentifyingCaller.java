package dev.kam.account.service.caller;

import dev.kam.account.domain.access.RealmRole;
import dev.kam.account.repository.ServedAccountsQuery;
import dev.kam.plumbing.security.CallerIdentity;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who the caller is and which accounts they serve, so a frontend can start from one call. A service
 * account (e.g. the ERP's) is on no team, so it gets its identity and roles and no accounts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IdentifyingCaller {

    private final SecurityIdentity identity;
    private final ServedAccountsQuery served;

    IdentifyingCaller(SecurityIdentity identity, ServedAccountsQuery served) {
        this.identity = identity;
        this.served = served;
    }

    public WhoAmIView whoAmI() {
        CallerIdentity caller = CallerIdentity.of(identity);
        return new WhoAmIView(caller.userId(), caller.username(), kamRoles(caller.roles()),
                served.servedBy(caller.userId()).stream().map(ServedAccountView::of).toList());
    }

    // Keycloak adds roles of its own (offline_access, default-roles-kam, ...) that mean nothing here.
    private static Set<String> kamRoles(Set<String> roles) {
        return roles.stream()
                .filter(role -> RealmRole.fromRoleName(role).isPresent())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
