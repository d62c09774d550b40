package dev.kam.account.service.dossier;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.team.AccountTeamView;
import dev.kam.account.service.team.TeamMemberView;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Reading one account: its full dossier, its summary, its team. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingAccounts {

    private final AccountAccess access;

    ReadingAccounts(AccountAccess access) {
        this.access = access;
    }

    /** The full dossier: team, sales-director and kam-admin; marketing gets 403, outsiders 404. */
    public AccountDossier dossier(UUID accountId) {
        AccountEntity account = access.require(accountId, AccountAction.VIEW_DOSSIER);
        return AccountDossier.of(account, access.levelOn(account));
    }

    /** The non-personal summary: everyone who may see the account at all. */
    public AccountSummary summary(UUID accountId) {
        return AccountSummary.of(access.require(accountId, AccountAction.VIEW_SUMMARY));
    }

    public AccountTeamView team(UUID accountId) {
        return AccountTeamView.of(access.require(accountId, AccountAction.VIEW_DOSSIER));
    }

    public TeamMemberView member(UUID accountId, String userId) {
        AccountTeamView team = team(accountId);
        return team.members().stream()
                .filter(member -> member.userId().equals(userId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Team member " + userId + " of account " + accountId));
    }
}
