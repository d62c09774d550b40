package dev.kam.incentive.service.plan;

import dev.kam.incentive.domain.pay.PlanStatus;
import dev.kam.plumbing.json.MoneyBody;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a plan: the total possible reward, the base, the variable part and its KPIs. */
@Schema(name = "PayPlanVersion")
public record PlanVersionView(
        int number,
        PlanStatus status,
        MoneyBody totalPossibleReward,
        MoneyBody base,
        @Schema(description = "Total possible reward minus base, split over the KPIs by weight") MoneyBody variable,
        @Schema(description = "The base's share of the total possible reward, percent") String baseShare,
        List<KpiView> kpis) {
}
