package dev.kam.incentive.rest.plan;

import dev.kam.incentive.domain.pay.PayTerms;
import dev.kam.incentive.rest.ApiExamples;
import dev.kam.kernel.UserId;
import dev.kam.kernel.period.Period;
import dev.kam.plumbing.json.MoneyBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The first version of an employee's plan for a period. */
@Schema(description = "A new pay plan", example = ApiExamples.PLAN_REQUEST)
public record PlanRequest(
        @Schema(description = "Keycloak user id of a registered employee") @NotBlank @Size(max = UserId.MAX_LENGTH)
        String employeeId,
        @Schema(description = "A year, half-year or quarter: 2026, 2026-H1, 2026-Q3", example = "2026")
        @NotBlank @Pattern(regexp = Period.PLAN_PATTERN, message = Period.PLAN_EXPECTATION)
        String period,
        @Schema(description = "The reward at target on every KPI") @NotNull @Valid @ConvertGroup(to = MoneyBody.NotNegative.class)
        MoneyBody totalPossibleReward,
        @Schema(description = "At most the configured share (70 %) of the total") @NotNull @Valid
        @ConvertGroup(to = MoneyBody.NotNegative.class) MoneyBody base,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid KpiRequest> kpis) {

    public UserId employee() {
        return UserId.of(employeeId);
    }

    public Period toPeriod() {
        return Period.parse(period);
    }

    public PayTerms toTerms() {
        return PlanTermsRequest.terms(totalPossibleReward, base, kpis);
    }
}
