package dev.kam.account.service.purchase;

import dev.kam.account.domain.purchase.VolumeComparison;
import dev.kam.account.service.money.MoneyBodies;
import dev.kam.kernel.Percentage;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.plumbing.json.MoneyBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A period's purchases against the previous comparable period")
public record VolumeComparisonView(
        String period,
        @Schema(description = "The comparable period under the rule") String comparedWith,
        ComparisonRule rule,
        MoneyBody current,
        @Schema(nullable = true, description = "Absent when nothing was recorded for the comparable period")
        MoneyBody previous,
        @Schema(nullable = true) MoneyBody absoluteChange,
        @Schema(nullable = true, description = "Change in percent with one decimal; absent without a non-zero baseline")
        String relativeChangePercent,
        @Schema(nullable = true, description = "How far purchases fell, as a positive percentage, if they fell")
        String declinePercent,
        boolean hasPrevious,
        boolean declined,
        @Schema(description = "The incentive rule: purchases not lower than in the previous comparable period")
        boolean notLowerThanPrevious) {

    public static VolumeComparisonView of(VolumeComparison comparison, ComparisonRule rule) {
        return new VolumeComparisonView(comparison.period().format(), comparison.comparedWith().format(), rule,
                MoneyBodies.of(comparison.current()), comparison.previous().map(MoneyBodies::of).orElse(null),
                comparison.absoluteChange().map(MoneyBodies::of).orElse(null),
                comparison.relativeChange().map(Percentage::value).map(v -> v.toPlainString()).orElse(null),
                comparison.decline().map(Percentage::value).map(v -> v.toPlainString()).orElse(null),
                comparison.hasPrevious(), comparison.declined(), comparison.notLowerThanPrevious());
    }
}
