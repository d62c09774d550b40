package dev.kam.account.domain.purchase;

import dev.kam.kernel.Money;
import dev.kam.kernel.Percentage;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.kernel.period.Period;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A period's purchase volume against its comparable period. Without a previous volume there is no
 * baseline: the volume has neither declined nor held up, and the caller decides what that means.
 * A previous volume of zero gives an absolute change but no relative one.
 */
public record VolumeComparison(Period period, Money current, Period comparedWith, Optional<Money> previous) {

    public VolumeComparison {
        if (period == null || comparedWith == null) {
            throw new IllegalArgumentException("Both periods are required");
        }
        if (period.type() != comparedWith.type()) {
            throw new IllegalArgumentException("Only periods of the same length can be compared: "
                    + period + " and " + comparedWith);
        }
        if (current == null) {
            throw new IllegalArgumentException("Current volume is required");
        }
        if (previous == null) {
            throw new IllegalArgumentException("Previous volume must be given or explicitly empty");
        }
        if (previous.map(p -> !p.hasCurrency(current.currency())).orElse(false)) {
            throw new IllegalArgumentException("Cannot compare volumes in different currencies: "
                    + current.currency() + " and " + previous.get().currency());
        }
    }

    /**
     * Compares the volume recorded for {@code period} with the comparable one under {@code rule};
     * empty when nothing was recorded for {@code period} itself. The history holds one volume per
     * period (a correction replaces the earlier figure), so two for the same period are refused
     * rather than one picked silently.
     */
    public static Optional<VolumeComparison> of(
            Period period, Collection<PurchaseVolume> history, ComparisonRule rule) {
        if (period == null || history == null || rule == null) {
            throw new IllegalArgumentException("Period, history and rule are required");
        }
        Period comparable = rule.comparableTo(period);
        return volumeIn(period, history).map(current ->
                new VolumeComparison(period, current, comparable, volumeIn(comparable, history)));
    }

    public boolean hasPrevious() {
        return previous.isPresent();
    }

    public Optional<Money> absoluteChange() {
        return previous.map(current::subtract);
    }

    /** Change relative to the previous volume, in percent with one decimal; negative for a decline. */
    public Optional<Percentage> relativeChange() {
        return previous.filter(p -> !p.isZero())
                .map(p -> Percentage.ratio(current.amount().subtract(p.amount()), p.amount()));
    }

    /** How far the volume fell, as a positive percentage; empty when it did not fall (or no baseline). */
    public Optional<Percentage> decline() {
        return relativeChange().filter(Percentage::isNegative).map(Percentage::negate);
    }

    public boolean declined() {
        return previous.map(current::isLessThan).orElse(false);
    }

    public boolean notLowerThanPrevious() {
        return previous.map(p -> !current.isLessThan(p)).orElse(false);
    }

    private static Optional<Money> volumeIn(Period period, Collection<PurchaseVolume> history) {
        List<Money> found = history.stream()
                .filter(volume -> volume.period().equals(period))
                .map(PurchaseVolume::amount)
                .toList();
        if (found.size() > 1) {
            throw new IllegalArgumentException("More than one volume recorded for " + period);
        }
        return found.stream().findFirst();
    }
}
