package dev.kam.incentive.rest.plan;

import dev.kam.incentive.domain.kpi.KpiMeasure;
import dev.kam.incentive.domain.pay.Kpi;
import dev.kam.incentive.domain.pay.PayoutCurve;
import dev.kam.kernel.Percentage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A KPI with its weight and payout curve; numbers as decimal strings. */
@Schema(name = "KpiRequest")
public record KpiRequest(
        @Schema(description = "Stable key within the plan: lower-case letters, digits, hyphens", example = "volume")
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,39}", message = "must be 1-40 lower-case letters, digits or hyphens, starting with a letter")
        String code,
        @NotBlank @Size(max = Kpi.NAME_MAX) String name,
        @NotNull KpiMeasure measure,
        @Schema(description = "Share of the variable part, percent; all KPIs add up to 100", example = "60")
        @NotBlank @Pattern(regexp = PERCENT, message = PERCENT_MESSAGE) String weight,
        @Schema(description = "Below it nothing is paid", example = "800000")
        @NotBlank @Pattern(regexp = FIGURE, message = FIGURE_MESSAGE) String threshold,
        @Schema(description = "Pays 100 % of the KPI's share", example = "1000000")
        @NotBlank @Pattern(regexp = FIGURE, message = FIGURE_MESSAGE) String target,
        @Schema(description = "The accelerator stops here", example = "1200000")
        @NotBlank @Pattern(regexp = FIGURE, message = FIGURE_MESSAGE) String cap,
        @Schema(description = "Percent of the KPI's share paid at the threshold, below 100", example = "50")
        @NotBlank @Pattern(regexp = PERCENT, message = PERCENT_MESSAGE) String payoutAtThreshold,
        @Schema(description = "Percent of the KPI's share paid at the cap, above 100", example = "150")
        @NotBlank @Pattern(regexp = PERCENT, message = PERCENT_MESSAGE) String payoutAtCap) {

    static final String PERCENT = "\\d{1,3}(\\.\\d)?";
    static final String PERCENT_MESSAGE = "must be a percentage with at most one decimal, e.g. 62.5";
    static final String FIGURE = "-?\\d{1,15}(\\.\\d{1,4})?";
    static final String FIGURE_MESSAGE = "must be a decimal with at most four decimals";

    /** @throws IllegalArgumentException when the curve is not a curve (e.g. target not above threshold) */
    public Kpi toKpi() {
        return new Kpi(code, name, measure, Percentage.of(weight),
                PayoutCurve.of(threshold, target, cap, payoutAtThreshold, payoutAtCap));
    }
}
