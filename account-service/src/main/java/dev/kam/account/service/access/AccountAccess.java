package dev.kam.account.service.access;

import dev.kam.account.domain.access.AccessLevel;
import dev.kam.account.domain.access.AccessVerdict;
import dev.kam.account.domain.access.AccountAccessPolicy;
import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.access.Caller;
import dev.kam.account.domain.team.AccountTeam;
import dev.kam.account.domain.team.TeamMember;
import dev.kam.account.domain.team.ZoneOfResponsibility;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.AccountRepository;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.problem.ProblemException;
import dev.kam.plumbing.security.CallerIdentity;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The one gate to an account: loads it and applies {@link AccountAccessPolicy} for the caller.
 * An account the caller may not see is "not found", so its existence does not leak; one they may
 * see but not change answers 403.
 */
@ApplicationScoped
public class AccountAccess {

    private final AccountRepository accounts;
    private final SecurityIdentity identity;
    private final AccountAccessPolicy policy = new AccountAccessPolicy();

    AccountAccess(AccountRepository accounts, SecurityIdentity identity) {
        this.accounts = accounts;
        this.identity = identity;
    }

    /** The current caller in domain terms. */
    public Caller caller() {
        CallerIdentity caller = CallerIdentity.of(identity);
        return new Caller(new UserId(caller.userId()), caller.roles());
    }

    /** The account, if the caller may do {@code action} on it; otherwise a 404 or 403 problem. */
    public AccountEntity require(UUID accountId, AccountAction action) {
        AccountEntity account = accounts.withTeamById(accountId)
                .orElseThrow(() -> ProblemException.notFound("Account " + accountId));
        AccessVerdict verdict = policy.check(caller(), teamOf(account), action);
        switch (verdict) {
            case NOT_FOUND -> throw ProblemException.notFound("Account " + accountId);
            case FORBIDDEN -> throw ProblemException.forbidden(
                    "Your access to this account does not include: " + action.name().toLowerCase().replace('_', ' '));
            default -> {
                return account;
            }
        }
    }

    public AccessLevel levelOn(AccountEntity account) {
        return policy.levelFor(caller(), teamOf(account));
    }

    /** The level the caller has on every account regardless of team (for portfolio listings). */
    public AccessLevel levelEverywhere() {
        return policy.levelWithoutTeam(caller());
    }

    public boolean mayRegisterAccounts() {
        return policy.mayRegisterAccounts(caller());
    }

    public static AccountTeam teamOf(AccountEntity account) {
        return new AccountTeam(new UserId(account.ownerId), account.members.stream()
                .map(member -> new TeamMember(new UserId(member.userId()), member.teamRole,
                        new ZoneOfResponsibility(member.zone)))
                .toList());
    }
}
