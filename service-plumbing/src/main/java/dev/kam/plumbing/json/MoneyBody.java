package dev.kam.plumbing.json;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.groups.Default;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Money on the wire, in requests and responses of every service: the amount as a decimal string
 * (never a binary float, so no cent is lost) and the ISO 4217 currency. Each service converts it to
 * and from its domain's money in one place.
 *
 * <p>Plain {@code @Valid} checks only that both parts are there, for requests whose own reading of
 * the figures reports every faulty field at once; {@code @ConvertGroup(to = MoneyBody.Exact.class)}
 * also checks the format here, and {@code @ConvertGroup(to = MoneyBody.NotNegative.class)} checks the
 * format and that the amount is not below zero (a price, a potential, a volume).
 */
@Schema(name = "Money", description = "An amount of money",
        example = "{\"amount\": \"125000.00\", \"currency\": \"EUR\"}")
public record MoneyBody(
        @Schema(description = "Decimal amount with at most two decimals", example = "125000.00")
        @NotBlank
        @Pattern(regexp = "-?\\d{1,17}(\\.\\d{1,2})?", message = "must be a decimal with at most two decimals",
                groups = Exact.class)
        @Pattern(regexp = "[^-].*", message = "must not be negative", groups = NotNegative.class)
        String amount,
        @Schema(description = "ISO 4217 currency code", example = "EUR")
        @NotBlank
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR", groups = Exact.class)
        String currency) {

    /** The validation group that checks the amount's and currency's format as well as their presence. */
    public interface Exact extends Default {
    }

    /** {@link Exact}, and an amount of zero or more. */
    public interface NotNegative extends Exact {
    }
}
