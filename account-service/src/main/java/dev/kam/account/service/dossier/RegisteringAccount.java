package dev.kam.account.service.dossier;

import dev.kam.account.domain.access.Caller;
import dev.kam.account.domain.access.RealmRole;
import dev.kam.account.domain.status.StatusTransitionPolicy;
import dev.kam.account.domain.team.AccountTeam;
import dev.kam.account.event.AccountEventMapping.TeamChange;
import dev.kam.account.event.AccountEventMapping;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.AccountRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.audit.DossierAudit;
import dev.kam.account.service.team.StoredTeam;
import dev.kam.events.account.AccountEvents;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.directory.PeopleDirectory;
import dev.kam.plumbing.outbox.Outbox;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Registering a key client (or a prospective one). The owner forms the team alone, as KAM; the
 * account is then announced twice: registered, and its team formed.
 */
@ApplicationScoped
public class RegisteringAccount {

    private final AccountRepository accounts;
    private final AccountAccess access;
    private final DossierAudit audit;
    private final Outbox outbox;
    private final Clock clock;
    private final PeopleDirectory directory;
    private final StatusTransitionPolicy statuses = new StatusTransitionPolicy();

    RegisteringAccount(AccountRepository accounts, AccountAccess access, DossierAudit audit, Outbox outbox,
            Clock clock, PeopleDirectory directory) {
        this.directory = directory;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public AccountDossier register(AccountRegistration registration) {
        Caller caller = access.caller();
        if (!access.mayRegisterAccounts()) {
            throw ProblemException.forbidden("Only key account managers and kam-admins register accounts");
        }
        UserId owner = ownerFor(caller, registration);
        if (!owner.equals(caller.userId())) {
            // the caller is proven by their token; an owner named by a kam-admin must be one of our people
            directory.requireKnown("ownerId", owner);
        }
        AccountProfile profile = registration.profile();
        statuses.atRegistration(registration.status(), profile.marketPosition());
        UniqueLegalId.requireUnused(accounts, profile.legalId(), null);
        AccountTeam team = AccountTeam.formedBy(owner, registration.ownerZone());

        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        AccountEntity account = new AccountEntity();
        account.id = UUID.randomUUID();
        profile.applyTo(account);
        account.status = registration.status();
        account.registeredAt = now;
        account.updatedAt = now;
        StoredTeam.write(team, account, now);
        accounts.persist(account);
        UniqueLegalId.flush(accounts);

        audit.record(account.id, "REGISTERED", registered(profile, account));
        String key = account.id.toString();
        outbox.record(AccountEvents.REGISTERED, key, key, AccountEventMapping.registered(account));
        outbox.record(AccountEvents.TEAM_CHANGED, key, key,
                AccountEventMapping.teamChanged(account.id, TeamChange.TEAM_FORMED, owner, team, now));
        Log.infof("Account %s registered by %s, owned by %s", account.id, caller.userId(), owner);
        return AccountDossier.of(account, access.levelOn(account));
    }

    /** A key account manager owns what they register; a kam-admin names the owner. */
    private static UserId ownerFor(Caller caller, AccountRegistration registration) {
        boolean admin = caller.has(RealmRole.KAM_ADMIN);
        boolean kam = caller.has(RealmRole.KEY_ACCOUNT_MANAGER);
        UserId owner = registration.ownerId().orElse(kam ? caller.userId() : null);
        if (owner == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, ProblemDetail.BLANK_TYPE, "Invalid input",
                    "A kam-admin registering an account names its owner",
                    List.of(new ProblemDetail.Violation("ownerId", "required when a kam-admin registers")));
        }
        if (!admin && !owner.equals(caller.userId())) {
            throw ProblemException.forbidden("Only a kam-admin registers an account on someone else's behalf");
        }
        return owner;
    }

    private static Map<String, Object> registered(AccountProfile profile, AccountEntity account) {
        Map<String, Object> changes = new LinkedHashMap<>(profile.fields());
        changes.put("status", account.status);
        changes.put("ownerId", account.ownerId);
        return changes;
    }
}
