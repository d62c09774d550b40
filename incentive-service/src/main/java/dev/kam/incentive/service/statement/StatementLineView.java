package dev.kam.incentive.service.statement;

import dev.kam.incentive.domain.kpi.KpiMeasure;
import dev.kam.plumbing.json.MoneyBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One KPI's line: what was measured and from what, where it fell on the curve, what it pays, and how. */
@Schema(name = "StatementLine")
public record StatementLineView(
        @Schema(description = "The KPI's code; dispute the line by it") String code,
        String name,
        KpiMeasure measure,
        @Schema(description = "amount, percent or accounts") String unit,
        @Schema(description = "Share of the variable part, percent") String weight,
        @Schema(nullable = true, description = "The measured value; null when it cannot be measured") String actual,
        @Schema(description = "The inputs: which accounts and periods, with their figures") String derivation,
        @Schema(description = "Where the actual fell on the payout curve") String curveSegment,
        @Schema(description = "Share of the KPI's target payout earned, percent (two decimals shown; exact inside)")
        String payoutFactor,
        MoneyBody payout,
        @Schema(description = "How the payout is rounded") String rounding,
        @Schema(description = "The whole calculation in one sentence") String trace) {
}
