package dev.kam.incentive.rest.bonus;

import dev.kam.incentive.domain.bonus.RetentionBonusProgram;
import dev.kam.incentive.domain.bonus.RetentionScope;
import dev.kam.incentive.rest.BonusExamples;
import dev.kam.incentive.service.money.MoneyBodies;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.UserId;
import dev.kam.kernel.period.ComparisonRule;
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
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A retention bonus programme's terms, as created or replaced as a whole. */
@Schema(description = "A retention bonus programme", example = BonusExamples.PROGRAM_REQUEST)
public record BonusProgramRequest(
        @NotBlank @Size(max = RetentionBonusProgram.NAME_MAX) String name,
        @Schema(description = "A half-year or year, e.g. 2026-H1 or 2026 (a quarter breaks the rule `bonus-period`)",
                example = "2026-H1")
        @NotBlank @Pattern(regexp = Period.PLAN_PATTERN,
                // the pattern lets a quarter through: the rule `bonus-period` refuses it with its reason
                message = "must be a year from 1900 or a half-year, e.g. 2026 or 2026-H1")
        String period,
        @Schema(description = "Which period the purchases are compared with; SAME_PERIOD_PREVIOUS_YEAR when left out")
        ComparisonRule comparisonRule,
        @Schema(description = "GROUP_TOTAL (default) or EACH_ACCOUNT") RetentionScope scope,
        @Schema(description = "Paid to each eligible employee when the programme pays out") @NotNull @Valid
        @ConvertGroup(to = MoneyBody.NotNegative.class) MoneyBody amountPerEmployee,
        @Schema(description = "The key accounts of the group") @NotEmpty @Size(max = 500) List<@NotNull UUID> accounts,
        @Schema(description = "Keycloak user ids of the registered employees who receive the bonus")
        @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = UserId.MAX_LENGTH) String> eligible) {

    public RetentionBonusProgram toProgram() {
        return new RetentionBonusProgram(name, accounts.stream().map(AccountId::new).collect(Collectors.toSet()),
                Period.parse(period), eligible.stream().map(UserId::of).collect(Collectors.toSet()),
                MoneyBodies.toMoney(amountPerEmployee),
                comparisonRule == null ? ComparisonRule.defaultRule() : comparisonRule,
                scope == null ? RetentionScope.GROUP_TOTAL : scope);
    }
}
