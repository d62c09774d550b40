package dev.kam.contact.service.access;

import dev.kam.contact.domain.access.AccessVerdict;
import dev.kam.contact.domain.access.Caller;
import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.domain.access.ReplicatedTeam;
import dev.kam.contact.domain.access.StakeholderAccessPolicy;
import dev.kam.contact.repository.PurchaseDecisionEntity;
import dev.kam.contact.repository.PurchaseDecisionRepository;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.repository.StakeholderRepository;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.problem.HttpStatuses;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import dev.kam.plumbing.replica.AccountReplicaEntity;
import dev.kam.plumbing.replica.AccountReplicaRepository;
import dev.kam.plumbing.security.CallerIdentity;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one gate to an account's buying centre: loads the replicated team and applies
 * {@link StakeholderAccessPolicy}. Whoever may not see the account's people gets "not found", so
 * neither the account nor its people leak; whoever may see them but not do the act gets 403.
 */
@ApplicationScoped
public class StakeholderAccess {

    private final AccountReplicaRepository accounts;
    private final StakeholderRepository stakeholders;
    private final PurchaseDecisionRepository decisions;
    private final SecurityIdentity identity;
    private final StakeholderAccessPolicy policy = new StakeholderAccessPolicy();

    StakeholderAccess(AccountReplicaRepository accounts, StakeholderRepository stakeholders,
            PurchaseDecisionRepository decisions, SecurityIdentity identity) {
        this.accounts = accounts;
        this.stakeholders = stakeholders;
        this.decisions = decisions;
        this.identity = identity;
    }

    public Caller caller() {
        CallerIdentity caller = CallerIdentity.of(identity);
        return new Caller(new UserId(caller.userId()), caller.roles());
    }

    /** The account of a new record named in a request body: unknown to the replica is a 422 on that field. */
    public AccountReplicaEntity requireForNew(UUID accountId, PeopleAction action) {
        AccountReplicaEntity account = accounts.findByIdOptional(accountId)
                .orElseThrow(() -> new ProblemException(HttpStatuses.UNPROCESSABLE_CONTENT,
                        "https://kam.dev/problems/rules/account-unknown", "Unknown account",
                        "contact-service knows no account " + accountId
                                + "; accounts arrive from account-service's events",
                        List.of(new ProblemDetail.Violation("accountId", "no such account"))));
        check(account, action);
        return account;
    }

    /** The account named in a path or query: unknown or invisible is a 404. */
    public AccountReplicaEntity requireAccount(UUID accountId, PeopleAction action) {
        AccountReplicaEntity account = accounts.findByIdOptional(accountId)
                .orElseThrow(() -> ProblemException.notFound("Account " + accountId));
        check(account, action);
        return account;
    }

    /** The person, if the caller may do {@code action} with his account's people. */
    public StakeholderEntity requireStakeholder(UUID stakeholderId, PeopleAction action) {
        StakeholderEntity stakeholder = stakeholders.findByIdOptional(stakeholderId)
                .orElseThrow(() -> ProblemException.notFound("Stakeholder " + stakeholderId));
        requireWithinAccount(stakeholder.accountId, action, "Stakeholder " + stakeholderId);
        return stakeholder;
    }

    /** The purchase decision, if the caller may do {@code action} with its account's people. */
    public PurchaseDecisionEntity requireDecision(UUID decisionId, PeopleAction action) {
        PurchaseDecisionEntity decision = decisions.findByIdOptional(decisionId)
                .orElseThrow(() -> ProblemException.notFound("Purchase decision " + decisionId));
        requireWithinAccount(decision.accountId, action, "Purchase decision " + decisionId);
        return decision;
    }

    public boolean may(AccountReplicaEntity account, PeopleAction action) {
        return policy.check(caller(), teamOf(account), action) == AccessVerdict.ALLOWED;
    }

    public static ReplicatedTeam teamOf(AccountReplicaEntity account) {
        Map<UserId, String> members = account.members.entrySet().stream()
                .collect(Collectors.toMap(e -> new UserId(e.getKey()), Map.Entry::getValue));
        return new ReplicatedTeam(members);
    }

    /** Something inside an account's buying centre: invisible (404) to whoever may not see its people. */
    private void requireWithinAccount(UUID accountId, PeopleAction action, String what) {
        AccountReplicaEntity account = accounts.findByIdOptional(accountId)
                .orElseThrow(() -> ProblemException.notFound(what));
        ReplicatedTeam team = teamOf(account);
        Caller caller = caller();
        if (policy.check(caller, team, PeopleAction.READ_PEOPLE) != AccessVerdict.ALLOWED) {
            // whoever may not see the account's people must not learn that this exists
            throw ProblemException.notFound(what);
        }
        if (policy.check(caller, team, action) != AccessVerdict.ALLOWED) {
            throw forbidden(action);
        }
    }

    private void check(AccountReplicaEntity account, PeopleAction action) {
        switch (policy.check(caller(), teamOf(account), action)) {
            case NOT_FOUND -> throw ProblemException.notFound("Account " + account.accountId);
            case FORBIDDEN -> throw forbidden(action);
            default -> {
            }
        }
    }

    private static ProblemException forbidden(PeopleAction action) {
        String what = switch (action) {
            case HANDLE_PERSONAL_DATA, ERASE_PERSONAL_DATA ->
                    "negotiation profiles are for the members of the account team who negotiate";
            default -> "your access to this account does not include: "
                    + action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
        return ProblemException.forbidden("Not allowed: " + what);
    }
}
