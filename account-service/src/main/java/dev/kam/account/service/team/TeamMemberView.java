package dev.kam.account.service.team;

import dev.kam.account.domain.team.TeamRole;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.TeamMemberEntity;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of our people on an account team. */
@Schema(description = "A member of the account team")
public record TeamMemberView(
        @Schema(description = "Keycloak user id") String userId,
        @Schema(enumeration = {"KAM", "TEAM_MEMBER", "SUPPORT", "SPECIALIST", "MARKETING"}) TeamRole teamRole,
        @Schema(description = "Written zone of responsibility") String zone,
        @Schema(description = "True for the one dossier owner") boolean owner,
        Instant joinedAt) {

    static TeamMemberView of(TeamMemberEntity member, String ownerId) {
        return new TeamMemberView(member.userId(), member.teamRole, member.zone, member.userId().equals(ownerId),
                member.joinedAt);
    }

    public static List<TeamMemberView> listOf(AccountEntity account) {
        return account.members.stream().map(member -> of(member, account.ownerId)).toList();
    }
}
