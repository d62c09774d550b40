package dev.kam.incentive.service.plan;

import dev.kam.incentive.domain.kpi.KpiMeasure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A KPI of a plan version with its weight and payout curve; numbers as decimal strings. */
@Schema(name = "Kpi")
public record KpiView(
        String code,
        String name,
        KpiMeasure measure,
        @Schema(description = "How threshold, target and cap are written: amount, percent or accounts") String unit,
        @Schema(description = "Share of the variable part, percent") String weight,
        String threshold,
        String target,
        String cap,
        @Schema(description = "Percent of the KPI's target payout paid at the threshold") String payoutAtThreshold,
        @Schema(description = "Percent of the KPI's target payout paid at and above the cap") String payoutAtCap) {
}
