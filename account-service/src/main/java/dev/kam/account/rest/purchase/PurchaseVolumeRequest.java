package dev.kam.account.rest.purchase;

import dev.kam.account.rest.ApiExamplesNumbers;
import dev.kam.plumbing.json.MoneyBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The volume an account bought in the period named by the path. */
@Schema(description = "A purchase volume for one period", example = ApiExamplesNumbers.PURCHASE_VOLUME_REQUEST)
public record PurchaseVolumeRequest(
        @Schema(description = "What the account bought in the period; not negative")
        @NotNull @Valid MoneyBody volume,
        @Schema(description = "Optional quantity (units, tonnes...) as a decimal string, at most three decimals",
                example = "420.5", nullable = true)
        @Size(max = 21) String quantity) {
}
