package dev.kam.account.service.team;

import dev.kam.account.repository.AccountEntity;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The team of an account: its one owner and all members. */
@Schema(description = "The account team")
public record AccountTeamView(
        UUID accountId,
        @Schema(description = "Keycloak user id of the dossier owner") String ownerId,
        List<TeamMemberView> members,
        @Schema(description = "The dossier version; also the ETag") long version) {

    public static AccountTeamView of(AccountEntity account) {
        return new AccountTeamView(account.id, account.ownerId, TeamMemberView.listOf(account), account.version);
    }
}
