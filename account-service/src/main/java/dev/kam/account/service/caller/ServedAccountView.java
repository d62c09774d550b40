package dev.kam.account.service.caller;

import dev.kam.account.domain.status.AccountStatus;
import dev.kam.account.domain.team.TeamRole;
import dev.kam.account.repository.ServedAccountsQuery.ServedAccount;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account the caller serves, and how: as its owner, and in which role and zone on its team. */
@Schema(description = "An account the caller serves, as owner and/or team member")
public record ServedAccountView(
        UUID id,
        String name,
        @Schema(enumeration = {"PROSPECT", "KEY", "AT_RISK", "DORMANT", "LOST"}) AccountStatus status,
        @Schema(description = "True when the caller is the dossier owner") boolean owner,
        @Schema(description = "The caller's role on the account team",
                enumeration = {"KAM", "TEAM_MEMBER", "SUPPORT", "SPECIALIST", "MARKETING"}) TeamRole teamRole,
        @Schema(description = "The caller's written zone of responsibility on the team") String zone) {

    static ServedAccountView of(ServedAccount served) {
        return new ServedAccountView(served.accountId(), served.name(), served.status(), served.owner(),
                served.teamRole(), served.zone());
    }
}
