package dev.kam.incentive.rest.statement;

import dev.kam.incentive.domain.statement.Adjustment;
import dev.kam.incentive.rest.StatementExamples;
import dev.kam.incentive.service.money.MoneyBodies;
import dev.kam.kernel.Money;
import dev.kam.plumbing.json.MoneyBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A correction of an approved or paid statement: an amount in its currency and why. */
@Schema(description = "An adjustment", example = StatementExamples.ADJUSTMENT_REQUEST)
public record AdjustmentRequest(
        @Schema(description = "Positive pays more, negative pays less; never zero") @NotNull @Valid
        @ConvertGroup(to = MoneyBody.Exact.class) MoneyBody amount,
        @Schema(description = "Why, for the employee and the audit") @NotBlank @Size(max = Adjustment.REASON_MAX)
        String reason) {

    public Money toMoney() {
        return MoneyBodies.toMoney(amount);
    }
}
