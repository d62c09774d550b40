package dev.kam.account.rest.team;

import dev.kam.account.domain.team.TeamMember;
import dev.kam.account.domain.team.TeamRole;
import dev.kam.account.domain.team.ZoneOfResponsibility;
import dev.kam.kernel.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone joins the account team. */
@Schema(description = "A person joining the account team")
public record NewTeamMemberRequest(
        @Schema(description = "Keycloak user id", example = "00000000-0000-4000-8000-000000000002")
        @NotBlank @Size(max = UserId.MAX_LENGTH) String userId,
        @Schema(description = "Role on the team") @NotNull TeamRole teamRole,
        @Schema(description = "Written zone of responsibility", example = "Logistics and delivery schedules")
        @NotBlank @Size(max = ZoneOfResponsibility.MAX_LENGTH) String zone) {

    TeamMember toMember() {
        return new TeamMember(UserId.of(userId.strip()), teamRole, ZoneOfResponsibility.of(zone));
    }
}
