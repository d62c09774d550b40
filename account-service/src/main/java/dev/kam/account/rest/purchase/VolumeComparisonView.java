package dev.kam.account.rest.purchase;

import dev.kam.kernel.Percentage;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.account.domain.purchase.VolumeComparison;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import dev.kam.account.rest.ApiExamplesNumbers;
import dev.kam.account.rest.MoneyJson;

@Schema(description = "A period's purchases against the previous comparable period",
        example = ApiExamplesNumbers.COMPARISON)
public record VolumeComparisonView(
        String period,
        @Schema(description = "The comparable period under the rule") String comparedWith,
        ComparisonRule rule,
        MoneyJson current,
        @Schema(nullable = true, description = "Absent when nothing was recorded for the comparable period")
        MoneyJson previous,
        @Schema(nullable = true) MoneyJson absoluteChange,
        @Schema(nullable = true, description = "Change in percent with one decimal; absent without a non-zero baseline")
        String relativeChangePercent,
        @Schema(nullable = true, description = "How far purchases fell, as a positive percentage, if they fell")
        String declinePercent,
        boolean hasPrevious,
        boolean declined,
        @Schema(description = "The incentive rule: purchases not lower than in the previous comparable period")
        boolean notLowerThanPrevious) {

    static VolumeComparisonView of(VolumeComparison comparison, ComparisonRule rule) {
        return new VolumeComparisonView(comparison.period().format(), comparison.comparedWith().format(), rule,
                MoneyJson.of(comparison.current()), comparison.previous().map(MoneyJson::of).orElse(null),
                comparison.absoluteChange().map(MoneyJson::of).orElse(null),
                comparison.relativeChange().map(Percentage::value).map(v -> v.toPlainString()).orElse(null),
                comparison.decline().map(Percentage::value).map(v -> v.toPlainString()).orElse(null),
                comparison.hasPrevious(), comparison.declined(), comparison.notLowerThanPrevious());
    }
}
