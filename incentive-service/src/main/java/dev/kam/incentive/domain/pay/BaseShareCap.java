package dev.kam.incentive.domain.pay;

import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.Money;
import dev.kam.kernel.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The base salary of a key account team member must not exceed a share of the total possible reward
 * for the period (DOMAIN.md section 3: 70 % by default, configurable). The comparison is exact -
 * base x 100 against cap x total - so 70.001 % fails although it would display as 70.0 %.
 */
public record BaseShareCap(Percentage cap) {

    public static final String RULE = "base-share-cap";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BaseShareCap {
        if (cap == null || cap.value().signum() <= 0 || cap.value().compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("The base share cap must be more than 0 and at most 100 %: " + cap);
        }
    }

    public static BaseShareCap defaults() {
        return new BaseShareCap(Percentage.of("70"));
    }

    public boolean allows(Money base, Money totalPossibleReward) {
        requireComparable(base, totalPossibleReward);
        return base.amount().multiply(HUNDRED).compareTo(cap.value().multiply(totalPossibleReward.amount())) <= 0;
    }

    /**
     * The numbers of a base above the cap, for a refusal that explains itself.
     *
     * @param sharePercent the base's share of the total, four decimals rounded up
     */
    public record Excess(Money base, Money totalPossibleReward, String sharePercent, Percentage cap, Money largestBase) {

        public String explanation() {
            return "The base salary " + base + " is " + sharePercent + "% of the total possible reward "
                    + totalPossibleReward + ", more than the " + cap + " allowed: the base may be at most " + largestBase;
        }
    }

    /** The excess when the base breaks the cap; empty when it is allowed. */
    public Optional<Excess> excess(Money base, Money totalPossibleReward) {
        if (allows(base, totalPossibleReward)) {
            return Optional.empty();
        }
        return Optional.of(new Excess(base, totalPossibleReward, shareOf(base, totalPossibleReward), cap,
                largestBase(totalPossibleReward)));
    }

    /** Refuses a base above the cap, explaining the numbers: the share, the cap and the largest base allowed. */
    public void check(Money base, Money totalPossibleReward) {
        excess(base, totalPossibleReward).ifPresent(e -> {
            throw new DomainRuleViolation(RULE, e.explanation());
        });
    }

    /** The largest base the cap allows for this total, rounded down so that it always passes. */
    public Money largestBase(Money totalPossibleReward) {
        BigDecimal exact = totalPossibleReward.amount().multiply(cap.value()).divide(HUNDRED);
        return Money.of(exact.setScale(Money.SCALE, RoundingMode.DOWN), totalPossibleReward.currency());
    }

    // four decimals rounded up, so a refused share never reads as equal to the cap
    private static String shareOf(Money base, Money total) {
        return base.amount().multiply(HUNDRED).divide(total.amount(), 4, RoundingMode.UP)
                .stripTrailingZeros().toPlainString();
    }

    private static void requireComparable(Money base, Money total) {
        if (base == null || total == null) {
            throw new IllegalArgumentException("Base salary and total possible reward are required");
        }
        if (!base.hasCurrency(total.currency())) {
            throw new IllegalArgumentException("Base salary and total possible reward must be in one currency");
        }
        if (!total.isPositive()) {
            throw new IllegalArgumentException("The total possible reward must be more than zero");
        }
        if (base.isNegative()) {
            throw new IllegalArgumentException("The base salary cannot be negative");
        }
    }
}
