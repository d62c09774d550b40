package dev.kam.incentive.service.bonus;

import dev.kam.incentive.domain.bonus.AccountVerdict;
import dev.kam.incentive.domain.bonus.RetentionScope;
import dev.kam.plumbing.json.MoneyBody;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of a programme's evaluation: every account's verdict, the totals compared, who was awarded. */
@Schema(name = "BonusEvaluation")
public record BonusEvaluationView(
        UUID programId,
        String period,
        String comparedWith,
        RetentionScope scope,
        @Schema(description = "Whether the programme pays out") boolean pays,
        @Schema(description = "Why, in one sentence") String explanation,
        @Schema(nullable = true, description = "Bought by the accounts with a baseline in the period; null when none has one")
        MoneyBody groupCurrent,
        @Schema(nullable = true, description = "Bought by the same accounts in the comparable period") MoneyBody groupPrevious,
        List<AccountOutcome> accounts,
        @Schema(description = "Empty when the programme does not pay") List<Award> awards,
        String evaluatedBy,
        Instant evaluatedAt) {

    /** One account of the group: MET, FAILED, or NEW (no comparable period: shown, not judged). */
    @Schema(name = "BonusAccountOutcome")
    public record AccountOutcome(
            UUID accountId,
            AccountVerdict verdict,
            MoneyBody current,
            @Schema(nullable = true, description = "null for a NEW account") MoneyBody previous,
            String explanation) {
    }

    /** One eligible employee's award. */
    @Schema(name = "BonusEvaluationAward")
    public record Award(String employeeId, MoneyBody amount) {
    }
}
