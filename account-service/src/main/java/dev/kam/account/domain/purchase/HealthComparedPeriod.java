package dev.kam.account.domain.purchase;

import dev.kam.kernel.period.Period;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which period's purchases relationship health judges: the latest recorded period that is over by
 * today (a running period is still filling up and would look like a decline). Of periods that end
 * on the same day (a year and its last quarter), the shortest wins: it shows a change first.
 */
public final class HealthComparedPeriod {

    private static final Comparator<Period> LATEST_END_THEN_SHORTEST = Comparator
            .comparing(Period::endExclusive)
            .thenComparing(Comparator.comparing((Period period) -> period.type().months()).reversed());

    private HealthComparedPeriod() {
    }

    public static Optional<Period> in(Collection<PurchaseVolume> history, LocalDate today) {
        if (history == null || today == null) {
            throw new IllegalArgumentException("History and today are required");
        }
        return history.stream()
                .map(PurchaseVolume::period)
                .filter(period -> !period.endExclusive().isAfter(today))
                .max(LATEST_END_THEN_SHORTEST);
    }
}
