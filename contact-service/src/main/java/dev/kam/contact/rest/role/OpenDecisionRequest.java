package dev.kam.contact.rest.role;

import dev.kam.contact.service.role.OpeningPurchaseDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A named buying centre for one deal or tender of an account. */
public record OpenDecisionRequest(@NotNull UUID accountId,
        @NotBlank @Size(max = OpeningPurchaseDecision.MAX_NAME_LENGTH) String name) {
}
