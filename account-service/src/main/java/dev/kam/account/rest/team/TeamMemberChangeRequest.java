package dev.kam.account.rest.team;

import dev.kam.account.domain.team.TeamRole;
import dev.kam.account.domain.team.ZoneOfResponsibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's role and zone, both replaced (it is a PUT). */
@Schema(description = "A team member's role and zone of responsibility")
public record TeamMemberChangeRequest(
        @Schema(description = "Role on the team") @NotNull TeamRole teamRole,
        @Schema(description = "Written zone of responsibility", example = "Technical service and quality claims")
        @NotBlank @Size(max = ZoneOfResponsibility.MAX_LENGTH) String zone) {
}
