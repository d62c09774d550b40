package dev.kam.incentive.domain.pay;

import dev.kam.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of a KPI's target payout earned, kept as an exact fraction ({@code numerator /
 * denominator} percent) so that a third of a payout is not rounded before the amount is: the only
 * rounding is {@link PayRounding} on the final amount.
 */
public record PayoutFactor(BigDecimal numerator, BigDecimal denominator) {

    public static final PayoutFactor NONE = new PayoutFactor(BigDecimal.ZERO, BigDecimal.ONE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PayoutFactor {
        if (numerator == null || denominator == null) {
            throw new IllegalArgumentException("Numerator and denominator are required");
        }
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("The denominator must be positive");
        }
        if (numerator.signum() < 0) {
            throw new IllegalArgumentException("A payout factor cannot be negative");
        }
    }

    public static PayoutFactor percent(BigDecimal percent) {
        return new PayoutFactor(percent, BigDecimal.ONE);
    }

    /** The amount earned of {@code targetPayout}: exact product, one rounding. */
    public Money of(Money targetPayout) {
        return PayRounding.toCents(targetPayout.amount().multiply(numerator), denominator.multiply(HUNDRED),
                targetPayout.currency());
    }

    /** For people to read, to two decimals; calculations use the exact fraction. */
    public String shown() {
        return numerator.divide(denominator, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public boolean isSameAs(PayoutFactor other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator)) == 0;
    }
}
