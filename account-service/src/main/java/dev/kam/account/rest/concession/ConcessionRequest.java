package dev.kam.account.rest.concession;

import dev.kam.account.domain.negotiation.Concession;
import dev.kam.account.domain.negotiation.ConcessionDirection;
import dev.kam.account.service.money.MoneyBodies;
import dev.kam.plumbing.json.MoneyBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A concession made in a negotiation, given by us or received from the client. */
@Schema(description = "A concession given to or received from the client")
public record ConcessionRequest(
        @Schema(description = "GIVEN by us or RECEIVED from the client") @NotNull ConcessionDirection direction,
        @Schema(example = "Payment terms extended from 30 to 45 days")
        @NotBlank @Size(max = Concession.MAX_DESCRIPTION_LENGTH) String description,
        @Schema(description = "What it is worth, if it has a price") @Valid @ConvertGroup(to = MoneyBody.NotNegative.class) MoneyBody value) {

    public Concession toConcession() {
        return new Concession(direction, description, Optional.ofNullable(value).map(MoneyBodies::toMoney));
    }
}
