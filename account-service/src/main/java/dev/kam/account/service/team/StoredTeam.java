package dev.kam.account.service.team;

import dev.kam.account.domain.team.AccountTeam;
import dev.kam.account.domain.team.TeamMember;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.TeamMemberEntity;
import dev.kam.kernel.UserId;
import java.time.Instant;
import java.util.Optional;

/** Writes a team the domain has approved into the account's rows: owner, members, roles and zones. */
public final class StoredTeam {

    private StoredTeam() {
    }

    /** Members new to the team join at {@code now}; the others keep their joining date. */
    public static void write(AccountTeam team, AccountEntity account, Instant now) {
        account.ownerId = team.owner().value();
        account.members.removeIf(stored -> !team.isMember(new UserId(stored.userId())));
        for (TeamMember member : team.members()) {
            TeamMemberEntity stored = find(account, member).orElseGet(() -> joining(account, member, now));
            stored.teamRole = member.role();
            stored.zone = member.zone().text();
        }
    }

    private static Optional<TeamMemberEntity> find(AccountEntity account, TeamMember member) {
        return account.members.stream().filter(stored -> stored.userId().equals(member.userId().value())).findFirst();
    }

    private static TeamMemberEntity joining(AccountEntity account, TeamMember member, Instant now) {
        TeamMemberEntity stored = new TeamMemberEntity();
        stored.key = new TeamMemberEntity.Key(account.id, member.userId().value());
        stored.account = account;
        stored.joinedAt = now;
        account.members.add(stored);
        return stored;
    }
}
