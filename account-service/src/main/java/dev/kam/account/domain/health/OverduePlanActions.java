package dev.kam.account.domain.health;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Retention-plan actions past their due date (by more than the grace days) and neither done nor
 * cancelled: a plan nobody carries out does not retain anyone.
 */
public final class OverduePlanActions implements CoolingSignal {

    @Override
    public Optional<CoolingCause> evaluate(HealthFacts facts, HealthPolicy policy) {
        HealthPolicy.PlanActions rule = policy.overduePlanActions();
        List<Long> daysLate = facts.planActions().stream()
                .filter(action -> !action.status().isFinished())
                .map(action -> ChronoUnit.DAYS.between(action.dueOn(), facts.today()))
                .filter(late -> late > rule.graceDays())
                .toList();
        if (daysLate.isEmpty()) {
            return Optional.empty();
        }
        long oldest = daysLate.stream().mapToLong(Long::longValue).max().orElseThrow();
        String explanation = daysLate.size()
                + (daysLate.size() == 1 ? " retention plan action is" : " retention plan actions are")
                + " past due (the oldest by " + oldest + (oldest == 1 ? " day)" : " days)");
        int penalty = rule.penalty().pointsFor(daysLate.size());
        return CoolingCause.whenPenalised(CauseCode.OVERDUE_PLAN_ACTIONS, penalty, explanation);
    }
}
