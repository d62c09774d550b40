package dev.kam.incentive.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.events.EventCatalog;
import dev.kam.events.account.AccountEvents;
import dev.kam.events.account.AccountRegistered;
import dev.kam.events.account.AccountStatusChanged;
import dev.kam.events.account.AccountTeamChanged;
import dev.kam.incentive.repository.AccountReplicaEntity;
import dev.kam.incentive.repository.AccountReplicaRepository;
import dev.kam.incentive.service.statement.FollowingTheFacts;
import dev.kam.incentive.service.workload.DetectingOverload;
import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.Inbox;
import dev.kam.plumbing.inbox.PoisonEventException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the replica of accounts and their teams (who serves which account), in the transaction that
 * remembers the event as applied, so a redelivery changes nothing. Team events carry the whole team:
 * the newest replaces the replica's, an older one arriving late is ignored. Other types of the
 * contract are passed over; a type outside it is poison.
 */
@ApplicationScoped
public class ApplyingAccountEvents {

    public static final String CONSUMER = "incentive-service.accounts";

    private static final Set<String> APPLIED = Set.of(AccountEvents.REGISTERED.type(),
            AccountEvents.STATUS_CHANGED.type(), AccountEvents.TEAM_CHANGED.type());

    private final Inbox inbox;
    private final AccountReplicaRepository accounts;
    private final FollowingTheFacts statements;
    private final DetectingOverload overload;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    ApplyingAccountEvents(Inbox inbox, AccountReplicaRepository accounts, FollowingTheFacts statements,
            DetectingOverload overload, ObjectMapper objectMapper, Clock clock) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.statements = statements;
        this.overload = overload;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Transactional
    public void apply(InboundEvent event) {
        if (EventCatalog.byType(event.type()).isEmpty()) {
            throw new PoisonEventException("Event " + event.id() + " has a type outside the contract: " + event.type());
        }
        if (!APPLIED.contains(event.type())) {
            return;
        }
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            Log.debugf("Event %s was applied before", event.id());
            return;
        }
        if (event.type().equals(AccountEvents.REGISTERED.type())) {
            AccountRegistered registered = event.payload(AccountEvents.REGISTERED, objectMapper);
            AccountReplicaEntity account = replicaOf(event, registered.accountId());
            account.name = registered.name();
            account.status = registered.status();
            if (account.ownerId == null) {
                account.ownerId = registered.ownerId();
            }
        } else if (event.type().equals(AccountEvents.STATUS_CHANGED.type())) {
            AccountStatusChanged changed = event.payload(AccountEvents.STATUS_CHANGED, objectMapper);
            AccountReplicaEntity account = replicaOf(event, changed.accountId());
            account.status = changed.status();
            // a lost account is no more work for its team
            overload.recheck(Set.copyOf(account.members.keySet()));
        } else {
            teamChanged(event, event.payload(AccountEvents.TEAM_CHANGED, objectMapper));
        }
    }

    private void teamChanged(InboundEvent event, AccountTeamChanged changed) {
        if (changed.changedAt() == null || changed.members() == null) {
            throw new PoisonEventException("Event " + event.id() + " has an incomplete team");
        }
        Map<String, String> members = new HashMap<>();
        for (AccountTeamChanged.Member member : changed.members()) {
            if (member == null || member.userId() == null || member.userId().isBlank() || member.teamRole() == null) {
                throw new PoisonEventException("Event " + event.id() + " has a team member without id or role");
            }
            members.put(member.userId(), member.teamRole());
        }
        AccountReplicaEntity account = replicaOf(event, changed.accountId());
        if (account.teamChangedAt != null && changed.changedAt().isBefore(account.teamChangedAt)) {
            Log.infof("Team event %s is older than the replica's team of account %s; ignored", event.id(),
                    account.accountId);
            return;
        }
        Set<String> affected = new HashSet<>(account.members.keySet());
        affected.addAll(members.keySet());
        account.members.clear();
        account.members.putAll(members);
        account.ownerId = changed.ownerId();
        account.teamChangedAt = changed.changedAt();
        Log.infof("Team of account %s replaced from event %s (%d members)", account.accountId, event.id(),
                members.size());
        // whoever joined or left now serves other accounts: their draft statements follow
        statements.employeesChanged(affected, FollowingTheFacts.SYSTEM_ACTOR);
        overload.recheck(affected);
    }

    /** The replica of the account, created on the first event about it. */
    private AccountReplicaEntity replicaOf(InboundEvent event, String accountId) {
        UUID id;
        try {
            id = UUID.fromString(accountId);
        } catch (RuntimeException e) {
            throw new PoisonEventException("Event " + event.id() + " has no valid accountId");
        }
        AccountReplicaEntity account = accounts.findById(id);
        if (account == null) {
            account = new AccountReplicaEntity();
            account.accountId = id;
            account.updatedAt = Instant.now(clock);
            accounts.persist(account);
        }
        account.updatedAt = Instant.now(clock);
        return account;
    }
}
