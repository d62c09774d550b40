package dev.kam.account.service.team;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.team.AccountTeam;
import dev.kam.account.domain.team.OwnershipTransfer;
import dev.kam.account.domain.team.TeamMember;
import dev.kam.account.domain.team.TeamRole;
import dev.kam.account.domain.team.ZoneOfResponsibility;
import dev.kam.account.event.AccountEventMapping.TeamChange;
import dev.kam.account.event.AccountEventMapping;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.AccountRepository;
import dev.kam.account.repository.TeamDepartureEntity;
import dev.kam.account.repository.TeamDepartureRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.audit.DossierAudit;
import dev.kam.account.service.health.HealthFactsChanged;
import dev.kam.events.account.AccountEvents;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.directory.PeopleDirectory;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.outbox.Outbox;
import dev.kam.plumbing.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Building and changing an account team, and handing the dossier over. Every rule (one owner, who is
 * KAM, cannot leave without a transfer; nobody twice) is {@link AccountTeam}'s; each change bumps
 * the dossier version, is audited and announced with the whole team.
 * <p>
 * If-Match is required to rewrite a member (a PUT) and honoured when sent with the other acts,
 * whose rules already refuse what a stale view would get wrong.
 */
@ApplicationScoped
public class ManagingTeam {

    private final AccountRepository accounts;
    private final TeamDepartureRepository departures;
    private final AccountAccess access;
    private final DossierAudit audit;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<HealthFactsChanged> factsChanged;
    private final PeopleDirectory directory;

    ManagingTeam(AccountRepository accounts, TeamDepartureRepository departures, AccountAccess access,
            DossierAudit audit, Outbox outbox, Clock clock, Event<HealthFactsChanged> factsChanged,
            PeopleDirectory directory) {
        this.directory = directory;
        this.accounts = accounts;
        this.departures = departures;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.factsChanged = factsChanged;
    }

    @Transactional
    public AccountTeamView addMember(UUID accountId, String ifMatch, TeamMember newcomer) {
        AccountEntity account = access.require(accountId, AccountAction.MANAGE_TEAM);
        checkIfSent(ifMatch, account);
        directory.requireKnown("userId", newcomer.userId());
        AccountTeam team = AccountAccess.teamOf(account).withMember(newcomer);
        return changed(account, team, TeamChange.MEMBER_ADDED, newcomer.userId(), memberFields(newcomer));
    }

    @Transactional
    public AccountTeamView changeMember(UUID accountId, String ifMatch, UserId userId, TeamRole role,
            ZoneOfResponsibility zone) {
        AccountEntity account = access.require(accountId, AccountAction.MANAGE_TEAM);
        EntityVersions.requireMatch(ifMatch, account.version);
        AccountTeam current = AccountAccess.teamOf(account);
        requireMember(accountId, current, userId);
        TeamMember changed = new TeamMember(userId, role, zone);
        if (current.member(userId).filter(changed::equals).isPresent()) {
            return AccountTeamView.of(account);
        }
        AccountTeam team = current.withMemberChanged(changed);
        return changed(account, team, TeamChange.MEMBER_UPDATED, userId, memberFields(changed));
    }

    /** The member leaves; the departure is kept for the health assessment (TeamMemberLeft). */
    @Transactional
    public AccountTeamView removeMember(UUID accountId, String ifMatch, UserId leaving) {
        AccountEntity account = access.require(accountId, AccountAction.MANAGE_TEAM);
        checkIfSent(ifMatch, account);
        requireMember(accountId, AccountAccess.teamOf(account), leaving);
        AccountTeam team = AccountAccess.teamOf(account).withoutMember(leaving);
        AccountTeamView view = changed(account, team, TeamChange.MEMBER_REMOVED, leaving,
                Map.of("userId", leaving.value()));
        TeamDepartureEntity departure = new TeamDepartureEntity();
        departure.id = UUID.randomUUID();
        departure.accountId = accountId;
        departure.userId = leaving.value();
        departure.leftAt = account.updatedAt;
        // how many client relationships they held comes from contact-service later; none known yet
        departure.relationshipsHeld = 0;
        departures.persist(departure);
        factsChanged.fire(HealthFactsChanged.of(accountId));
        return view;
    }

    /**
     * Hands the dossier to {@code newOwner}. With a zone, they join the team (or have their zone
     * rewritten) as KAM; without one, they must already be on the team. The previous owner stays on
     * the team as KAM for the handover.
     */
    @Transactional
    public AccountTeamView transferOwnership(UUID accountId, String ifMatch, UserId newOwner,
            Optional<ZoneOfResponsibility> zone) {
        AccountEntity account = access.require(accountId, AccountAction.TRANSFER_OWNERSHIP);
        checkIfSent(ifMatch, account);
        directory.requireKnown("newOwnerId", newOwner);
        AccountTeam current = AccountAccess.teamOf(account);
        OwnershipTransfer transfer = zone.map(written -> current.transferOwnership(newOwner, written))
                .orElseGet(() -> current.transferOwnership(newOwner));
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("previousOwnerId", transfer.transferred().previousOwner().value());
        changes.put("ownerId", transfer.transferred().newOwner().value());
        zone.ifPresent(written -> changes.put("zone", written.text()));
        return changed(account, transfer.team(), TeamChange.OWNER_TRANSFERRED, newOwner, changes);
    }

    private AccountTeamView changed(AccountEntity account, AccountTeam team, TeamChange change, UserId affected,
            Map<String, Object> auditChanges) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        StoredTeam.write(team, account, now);
        // the team is part of the dossier: a team change is a new dossier version
        account.updatedAt = now;
        accounts.flush();
        audit.record(account.id, change.name(), auditChanges);
        outbox.record(AccountEvents.TEAM_CHANGED, account.id.toString(), account.id.toString(),
                AccountEventMapping.teamChanged(account.id, change, affected, team, now));
        Log.infof("Account %s team %s for %s by %s", account.id, change, affected, access.caller().userId());
        return AccountTeamView.of(account);
    }

    private static void checkIfSent(String ifMatch, AccountEntity account) {
        if (ifMatch != null) {
            EntityVersions.requireMatch(ifMatch, account.version);
        }
    }

    private static Map<String, Object> memberFields(TeamMember member) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("userId", member.userId().value());
        fields.put("teamRole", member.role().name());
        fields.put("zone", member.zone().text());
        return fields;
    }

    /** A member addressed by the path who is not on the team is a resource that does not exist: 404, as on GET. */
    private static void requireMember(UUID accountId, AccountTeam team, UserId userId) {
        if (team.member(userId).isEmpty()) {
            throw ProblemException.notFound("Team member " + userId.value() + " of account " + accountId);
        }
    }
}
