package dev.kam.account.domain.health;

import dev.kam.account.domain.cadence.ContactStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The next contact is overdue by more than the grace days. The penalty is measured in intervals
 * overdue, not raw days, so missing a weekly cadence by a week weighs as much as missing a
 * quarterly one by a quarter.
 */
public final class OverdueContact implements CoolingSignal {

    @Override
    public Optional<CoolingCause> evaluate(HealthFacts facts, HealthPolicy policy) {
        HealthPolicy.Contact rule = policy.overdueContact();
        return facts.contact()
                .filter(status -> status.daysOverdue() > rule.graceDays())
                .flatMap(status -> cause(status, rule));
    }

    private static Optional<CoolingCause> cause(ContactStatus status, HealthPolicy.Contact rule) {
        int interval = status.cadence().intervalDays();
        BigDecimal intervalsOverdue = BigDecimal.valueOf(status.daysOverdue())
                .divide(BigDecimal.valueOf(interval), 4, RoundingMode.HALF_UP);
        String since = status.neverContacted() ? "No contact logged since registration; " : "Contact is ";
        String explanation = since + status.daysOverdue() + (status.daysOverdue() == 1 ? " day" : " days")
                + " overdue (due " + status.dueDate() + ", target every " + interval + " days)";
        int penalty = rule.penalty().pointsFor(intervalsOverdue);
        return CoolingCause.whenPenalised(CauseCode.OVERDUE_CONTACT, penalty, explanation);
    }
}
