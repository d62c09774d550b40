package dev.kam.account.service.money;

import dev.kam.kernel.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money on the API: the amount as a decimal string (never a binary float) and the ISO 4217 currency. */
@Schema(description = "An amount of money", example = "{\"amount\": \"125000.00\", \"currency\": \"EUR\"}")
public record MoneyValue(
        @Schema(description = "Decimal amount with at most two decimals", example = "125000.00")
        @NotBlank
        @Pattern(regexp = "-?\\d{1,17}(\\.\\d{1,2})?", message = "must be a decimal with at most two decimals")
        String amount,
        @Schema(description = "ISO 4217 currency code", example = "EUR")
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String currency) {

    public static MoneyValue of(Money money) {
        return money == null ? null
                : new MoneyValue(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }

    public Money toMoney() {
        return Money.of(amount, currency);
    }
}
