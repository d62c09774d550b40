package dev.kam.account.rest.concession;

import dev.kam.account.domain.negotiation.Concession;
import dev.kam.account.domain.negotiation.ConcessionDirection;
import dev.kam.account.service.concession.NewConcession;
import dev.kam.plumbing.json.MoneyBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A concession to record on its own, or for a negotiation already logged. */
@Schema(description = "A concession to record")
public record RecordConcessionRequest(
        @Schema(description = "GIVEN by us or RECEIVED from the client") @NotNull ConcessionDirection direction,
        @NotBlank @Size(max = Concession.MAX_DESCRIPTION_LENGTH) String description,
        @Schema(description = "What it is worth, if it has a price") @Valid @ConvertGroup(to = MoneyBody.NotNegative.class) MoneyBody value,
        @Schema(description = "The logged NEGOTIATION it was made in, if any") UUID interactionId) {

    NewConcession toNewConcession() {
        return new NewConcession(new ConcessionRequest(direction, description, value).toConcession(),
                Optional.ofNullable(interactionId));
    }
}
