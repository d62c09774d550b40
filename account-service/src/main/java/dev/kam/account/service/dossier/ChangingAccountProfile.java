package dev.kam.account.service.dossier;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.status.StatusTransitionPolicy;
import dev.kam.account.event.AccountEventMapping;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.AccountRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.audit.DossierAudit;
import dev.kam.events.account.AccountEvents;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.outbox.Outbox;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rewriting a dossier's profile (everything but status and ownership). Only what really differs is
 * recorded and announced; a write that changes nothing leaves no trace.
 */
@ApplicationScoped
public class ChangingAccountProfile {

    private final AccountRepository accounts;
    private final AccountAccess access;
    private final DossierAudit audit;
    private final Outbox outbox;
    private final Clock clock;
    private final StatusTransitionPolicy statuses = new StatusTransitionPolicy();

    ChangingAccountProfile(AccountRepository accounts, AccountAccess access, DossierAudit audit, Outbox outbox,
            Clock clock) {
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param ifMatch the ETag the caller read; required (428 without, 412 when stale)
     */
    @Transactional
    public AccountDossier change(UUID accountId, String ifMatch, AccountProfile changed) {
        AccountEntity account = access.require(accountId, AccountAction.EDIT_DOSSIER);
        EntityVersions.requireMatch(ifMatch, account.version);
        statuses.positionFor(account.status, changed.marketPosition());
        Map<String, Object> changes = AccountProfile.of(account).changesTo(changed);
        if (changes.isEmpty()) {
            return AccountDossier.of(account, access.levelOn(account));
        }
        if (changes.containsKey("legalId")) {
            UniqueLegalId.requireUnused(accounts, changed.legalId(), accountId);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        changed.applyTo(account);
        account.updatedAt = now;
        UniqueLegalId.flush(accounts);

        audit.record(accountId, "PROFILE_CHANGED", changes);
        List<String> changedFields = List.copyOf(changes.keySet());
        outbox.record(AccountEvents.PROFILE_CHANGED, accountId.toString(), accountId.toString(),
                AccountEventMapping.profileChanged(account, changedFields, now));
        Log.infof("Account %s profile changed by %s: %s", accountId, access.caller().userId(), changedFields);
        return AccountDossier.of(account, access.levelOn(account));
    }
}
