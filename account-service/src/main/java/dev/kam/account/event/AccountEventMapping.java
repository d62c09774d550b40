package dev.kam.account.event;

import dev.kam.account.domain.status.LossCause;
import dev.kam.account.domain.status.LossReview;
import dev.kam.account.domain.status.StatusChanged;
import dev.kam.account.domain.team.AccountTeam;
import dev.kam.account.repository.AccountEntity;
import dev.kam.events.account.AccountProfileChanged;
import dev.kam.events.account.AccountRegistered;
import dev.kam.events.account.AccountStatusChanged;
import dev.kam.events.account.AccountTeamChanged;
import dev.kam.kernel.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Dossier changes as the public events other systems read. Only ids, names, roles and business
 * fields travel; the lessons of a loss review stay in the dossier.
 */
public final class AccountEventMapping {

    /** What happened to a team, as the {@code change} of {@link AccountTeamChanged}. */
    public enum TeamChange {
        TEAM_FORMED,
        MEMBER_ADDED,
        MEMBER_REMOVED,
        MEMBER_UPDATED,
        OWNER_TRANSFERRED
    }

    private AccountEventMapping() {
    }

    public static AccountRegistered registered(AccountEntity account) {
        return new AccountRegistered(account.id.toString(), account.name, account.legalId, account.industry,
                account.segment, account.region, account.status.name(),
                account.marketState == null ? null : account.marketState.name(), account.ownerId,
                account.registeredAt);
    }

    public static AccountProfileChanged profileChanged(AccountEntity account, List<String> changedFields,
            Instant changedAt) {
        return new AccountProfileChanged(account.id.toString(), List.copyOf(changedFields), account.name,
                account.industry, account.segment, account.region, account.contactCadenceDays, account.version,
                changedAt);
    }

    public static AccountStatusChanged statusChanged(UUID accountId, StatusChanged fact, UserId changedBy,
            Instant changedAt) {
        List<String> lossCauses = fact.lossReview().map(LossReview::causes).orElse(List.of()).stream()
                .map(LossCause::text)
                .toList();
        return new AccountStatusChanged(accountId.toString(), fact.previous().name(), fact.status().name(),
                lossCauses, changedBy.value(), changedAt);
    }

    public static AccountTeamChanged teamChanged(UUID accountId, TeamChange change, UserId affected,
            AccountTeam team, Instant changedAt) {
        List<AccountTeamChanged.Member> members = team.members().stream()
                .map(member -> new AccountTeamChanged.Member(member.userId().value(), member.role().name()))
                .toList();
        return new AccountTeamChanged(accountId.toString(), change.name(), affected.value(), team.owner().value(),
                members, changedAt);
    }
}
