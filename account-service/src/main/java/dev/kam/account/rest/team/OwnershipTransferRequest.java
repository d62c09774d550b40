package dev.kam.account.rest.team;

import dev.kam.account.domain.team.ZoneOfResponsibility;
import dev.kam.kernel.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The dossier changes hands, explicitly. */
@Schema(description = "Hand the dossier to another person")
public record OwnershipTransferRequest(
        @Schema(description = "Keycloak user id of the new owner", example = "00000000-0000-4000-8000-000000000002")
        @NotBlank @Size(max = UserId.MAX_LENGTH) String newOwnerId,
        @Schema(description = "Their zone as owner; required when they are not on the team yet, "
                + "replaces their zone when they are", example = "Dossier owner from 1 March")
        @Size(max = ZoneOfResponsibility.MAX_LENGTH) String zone) {
}
