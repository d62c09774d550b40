package dev.kam.incentive.service.bonus;

import dev.kam.incentive.domain.bonus.AccountRetention;
import dev.kam.incentive.domain.bonus.RetentionBonusOutcome;
import dev.kam.incentive.service.money.MoneyBodies;
import dev.kam.plumbing.json.MoneyBody;
import java.util.List;

/** The parts of an outcome as the evaluation and its preview both show them, so the two cannot drift apart. */
final class OutcomeBodies {

    private OutcomeBodies() {
    }

    static List<BonusEvaluationView.AccountOutcome> accounts(RetentionBonusOutcome outcome) {
        return outcome.accounts().stream().map(OutcomeBodies::account).toList();
    }

    static List<BonusEvaluationView.Award> awards(RetentionBonusOutcome outcome) {
        return outcome.awards().stream()
                .map(a -> new BonusEvaluationView.Award(a.employee().value(), MoneyBodies.of(a.amount()))).toList();
    }

    static MoneyBody groupCurrent(RetentionBonusOutcome outcome) {
        return outcome.groupCurrent().map(MoneyBodies::of).orElse(null);
    }

    static MoneyBody groupPrevious(RetentionBonusOutcome outcome) {
        return outcome.groupPrevious().map(MoneyBodies::of).orElse(null);
    }

    private static BonusEvaluationView.AccountOutcome account(AccountRetention account) {
        return new BonusEvaluationView.AccountOutcome(account.account().value(), account.verdict(),
                MoneyBodies.of(account.current()), account.previous().map(MoneyBodies::of).orElse(null),
                account.explanation());
    }
}
