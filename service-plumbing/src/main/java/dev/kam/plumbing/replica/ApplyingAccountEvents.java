package dev.kam.plumbing.replica;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.events.EventCatalog;
import dev.kam.events.account.AccountEvents;
import dev.kam.events.account.AccountProfileChanged;
import dev.kam.events.account.AccountRegistered;
import dev.kam.events.account.AccountStatusChanged;
import dev.kam.events.account.AccountTeamChanged;
import dev.kam.plumbing.inbox.InboundEvent;
import dev.kam.plumbing.inbox.Inbox;
import dev.kam.plumbing.inbox.PoisonEventException;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the replica of accounts and their teams, in the transaction that remembers the event as
 * applied (a redelivery changes nothing). Team events carry the whole team, so the newest one
 * replaces the replica's team; an older one arriving late is ignored. A replaced team and a new status
 * are announced ({@link AccountTeamReplaced}, {@link AccountStatusReplaced}) for what a service derives
 * from them. Other types of the contract are passed over; a type outside it is poison.
 */
@IfBuildProperty(name = AccountReplicaSwitch.ENABLED, stringValue = "true")
@ApplicationScoped
public class ApplyingAccountEvents {

    private static final Set<String> APPLIED = Set.of(AccountEvents.REGISTERED.type(),
            AccountEvents.PROFILE_CHANGED.type(), AccountEvents.STATUS_CHANGED.type(),
            AccountEvents.TEAM_CHANGED.type());

    private final Inbox inbox;
    private final AccountReplicaRepository accounts;
    private final Event<AccountTeamReplaced> teamReplaced;
    private final Event<AccountStatusReplaced> statusReplaced;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final String consumer;

    ApplyingAccountEvents(Inbox inbox, AccountReplicaRepository accounts, Event<AccountTeamReplaced> teamReplaced,
            Event<AccountStatusReplaced> statusReplaced, ObjectMapper objectMapper, Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.teamReplaced = teamReplaced;
        this.statusReplaced = statusReplaced;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.consumer = application + ".accounts";
    }

    /** The name this service's applied account events are remembered under in the inbox. */
    public String consumer() {
        return consumer;
    }

    @Transactional
    public void apply(InboundEvent event) {
        if (EventCatalog.byType(event.type()).isEmpty()) {
            throw new PoisonEventException("Event " + event.id() + " has a type outside the contract: " + event.type());
        }
        if (!APPLIED.contains(event.type())) {
            return;
        }
        if (!inbox.firstDelivery(consumer, event.id())) {
            Log.debugf("Event %s was applied before", event.id());
            return;
        }
        String type = event.type();
        if (type.equals(AccountEvents.REGISTERED.type())) {
            registered(event, event.payload(AccountEvents.REGISTERED, objectMapper));
        } else if (type.equals(AccountEvents.PROFILE_CHANGED.type())) {
            AccountProfileChanged changed = event.payload(AccountEvents.PROFILE_CHANGED, objectMapper);
            replicaOf(event, changed.accountId()).name = changed.name();
        } else if (type.equals(AccountEvents.STATUS_CHANGED.type())) {
            statusChanged(event, event.payload(AccountEvents.STATUS_CHANGED, objectMapper));
        } else {
            teamChanged(event, event.payload(AccountEvents.TEAM_CHANGED, objectMapper));
        }
    }

    private void registered(InboundEvent event, AccountRegistered registered) {
        AccountReplicaEntity account = replicaOf(event, registered.accountId());
        account.name = registered.name();
        account.status = registered.status();
        if (account.ownerId == null) {
            account.ownerId = registered.ownerId();
        }
        Log.infof("Account %s known from event %s", account.accountId, event.id());
    }

    private void statusChanged(InboundEvent event, AccountStatusChanged changed) {
        AccountReplicaEntity account = replicaOf(event, changed.accountId());
        account.status = changed.status();
        accounts.flush();
        statusReplaced.fire(new AccountStatusReplaced(account.accountId, account.status, account.members.keySet()));
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
        Set<String> previous = Set.copyOf(account.members.keySet());
        account.members.clear();
        account.members.putAll(members);
        account.ownerId = changed.ownerId();
        account.teamChangedAt = changed.changedAt();
        // what observers derive from teams reads the new team with queries of its own
        accounts.flush();
        teamReplaced.fire(new AccountTeamReplaced(account.accountId, previous, Set.copyOf(members.keySet())));
        Log.infof("Team of account %s replaced from event %s (%d members)", account.accountId, event.id(),
                members.size());
    }

    /** The replica of the account, created on the first event about it. */
    private AccountReplicaEntity replicaOf(InboundEvent event, String accountId) {
        UUID id;
        try {
            id = UUID.fromString(accountId);
        } catch (RuntimeException e) {
            throw new PoisonEventException("Event " + event.id() + " has no valid accountId");
        }
        accounts.lockAccount(id);
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
