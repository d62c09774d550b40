package dev.kam.incentive.rest.plan;

import dev.kam.incentive.domain.pay.Kpi;
import dev.kam.incentive.domain.pay.PayTerms;
import dev.kam.incentive.rest.ApiExamples;
import dev.kam.incentive.service.money.MoneyBodies;
import dev.kam.plumbing.json.MoneyBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The terms of a plan version: total possible reward, base salary and the KPIs of the variable part. */
@Schema(description = "The terms of a plan version", example = ApiExamples.PLAN_TERMS)
public record PlanTermsRequest(
        @Schema(description = "The reward at target on every KPI") @NotNull @Valid @ConvertGroup(to = MoneyBody.NotNegative.class)
        MoneyBody totalPossibleReward,
        @Schema(description = "At most the configured share (70 %) of the total") @NotNull @Valid
        @ConvertGroup(to = MoneyBody.NotNegative.class) MoneyBody base,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid KpiRequest> kpis) {

    static PayTerms terms(MoneyBody total, MoneyBody base, List<KpiRequest> kpis) {
        List<Kpi> read = new ArrayList<>();
        for (int i = 0; i < kpis.size(); i++) {
            try {
                read.add(kpis.get(i).toKpi());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("kpis[" + i + "]: " + e.getMessage(), e);
            }
        }
        return new PayTerms(MoneyBodies.toMoney(total), MoneyBodies.toMoney(base), read);
    }

    public PayTerms toTerms() {
        return terms(totalPossibleReward, base, kpis);
    }
}
