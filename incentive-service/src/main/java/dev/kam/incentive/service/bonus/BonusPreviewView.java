package dev.kam.incentive.service.bonus;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kam.incentive.domain.bonus.RetentionScope;
import dev.kam.plumbing.json.MoneyBody;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the evaluation would find from the purchase facts known at {@code asOf}: the evaluation's body
 * without who evaluated it, stored nowhere and awarding nothing.
 */
@Schema(name = "BonusPreview")
public record BonusPreviewView(
        UUID programId,
        String period,
        String comparedWith,
        RetentionScope scope,
        @Schema(description = "Whether the programme would pay out on the facts known now") boolean pays,
        @Schema(description = "Why, in one sentence") String explanation,
        @Schema(nullable = true, description = "Bought so far by the accounts with a baseline; null when none has one")
        MoneyBody groupCurrent,
        @Schema(nullable = true, description = "Bought by the same accounts in the comparable period") MoneyBody groupPrevious,
        List<BonusEvaluationView.AccountOutcome> accounts,
        @Schema(description = "Who would be awarded; empty when it would not pay") List<BonusEvaluationView.Award> awards,
        @Schema(description = "When the facts were read") Instant asOf,
        @Schema(description = "False while purchases of the period may still be recorded") boolean periodClosed,
        @Schema(description = "Whether the programme's evaluation exists; that one, not this preview, decided the pay")
        boolean evaluated,
        @JsonProperty("final")
        @Schema(description = "Always false: a preview decides nothing; only the evaluation is final")
        boolean isFinal) {
}
