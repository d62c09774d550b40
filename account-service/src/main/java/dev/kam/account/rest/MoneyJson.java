package dev.kam.account.rest;

import dev.kam.kernel.Money;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money on the wire: the amount as a decimal string (never a binary float) and the ISO 4217 currency. */
@Schema(description = "An amount of money", example = ApiExamplesNumbers.MONEY)
public record MoneyJson(
        @Schema(description = "Decimal amount with at most two decimals", example = "125000.00")
        @NotBlank String amount,
        @Schema(description = "ISO 4217 currency code", example = "EUR")
        @NotBlank String currency) {

    public static MoneyJson of(Money money) {
        return money == null ? null : new MoneyJson(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }
}
