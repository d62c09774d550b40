package dev.kam.account.rest.valuecase;

import dev.kam.account.domain.value.AlternativeKind;
import dev.kam.account.domain.value.CostCategory;
import dev.kam.account.domain.value.CostComponent;
import dev.kam.account.domain.value.EvidenceKind;
import dev.kam.account.domain.value.Horizon;
import dev.kam.account.domain.value.Recurrence;
import dev.kam.account.domain.value.ValueCase;
import dev.kam.account.rest.ApiExamplesNumbers;
import dev.kam.kernel.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Currency;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whole value case: our offer against one alternative, cost by cost, each with its evidence. */
@Schema(description = "A total-cost-of-ownership case", example = ApiExamplesNumbers.VALUE_CASE_REQUEST)
public record ValueCaseRequest(
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "The competitor, or how the client works today") @NotBlank @Size(max = 200)
        String alternativeName,
        @NotNull AlternativeKind alternativeKind,
        @Schema(description = "Years the costs are counted over, 1-10") @NotNull @Min(1) @Max(10) Integer horizonYears,
        @Schema(description = "ISO 4217 currency of every component", example = "EUR")
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
        @Schema(description = "Cost components (up to 100); may be empty while the figures are gathered")
        @NotNull @Size(max = 100) List<@NotNull @Valid Component> components) {

    static final String DECIMAL = "\\d{1,17}(\\.\\d{1,2})?";
    static final String DECIMAL_MESSAGE =
            "must be a decimal amount such as 1250.00 (not negative, two decimals at most)";

    /** One cost line; both costs are per occurrence (per year when ANNUAL) in the case's currency. */
    @Schema(name = "ValueCaseComponentRequest")
    public record Component(
            @NotNull CostCategory category,
            @NotBlank @Size(max = 500) String description,
            @Schema(description = "What it costs the client with us, per occurrence", example = "52000.00")
            @NotBlank @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String ourCost,
            @Schema(description = "What it costs with the alternative, per occurrence", example = "48000.00")
            @NotBlank @Pattern(regexp = DECIMAL, message = DECIMAL_MESSAGE) String alternativeCost,
            @NotNull Recurrence recurrence,
            @Schema(description = "MEASURED and DEMONSTRABLE count as hard evidence")
            @NotNull EvidenceKind evidenceKind,
            @Schema(description = "Where the figure comes from, so it can be checked") @NotBlank @Size(max = 500)
            String source) {
    }

    /** The domain's value case; the domain refuses what breaks its rules (400). */
    ValueCase toDomain() {
        Currency money = Money.currency(currency);
        return new ValueCase(alternativeName, alternativeKind, Horizon.ofYears(horizonYears), money,
                components.stream()
                        .map(component -> new CostComponent(component.category(), component.description(),
                                Money.of(component.ourCost(), currency),
                                Money.of(component.alternativeCost(), currency),
                                component.recurrence(), component.evidenceKind(), component.source()))
                        .toList());
    }
}
