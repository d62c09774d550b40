package dev.kam.incentive.domain.pay;

import dev.kam.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The one rounding rule of pay: every amount is computed exactly and rounded once, half up to cents,
 * at the end of its own line (one KPI's payout, one bonus award). Totals add rounded lines, so the
 * lines a person reads always add up to the total they are paid.
 */
public final class PayRounding {

    public static final RoundingMode MODE = RoundingMode.HALF_UP;
    public static final String STATED = "rounded half up to cents";

    private PayRounding() {
    }

    public static Money toCents(BigDecimal exact, Currency currency) {
        if (exact == null || currency == null) {
            throw new IllegalArgumentException("An amount and a currency are required");
        }
        return Money.of(exact.setScale(Money.SCALE, MODE), currency);
    }

    /** {@code dividend / divisor} rounded once, straight to cents (no intermediate scale to round twice). */
    public static Money toCents(BigDecimal dividend, BigDecimal divisor, Currency currency) {
        if (dividend == null || divisor == null || divisor.signum() == 0) {
            throw new IllegalArgumentException("A dividend and a non-zero divisor are required");
        }
        return toCents(dividend.divide(divisor, Money.SCALE, MODE), currency);
    }
}
