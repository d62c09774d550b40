package dev.kam.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount in one ISO 4217 currency, always held with two decimals so that equal amounts are equal
 * records. Input with more than two significant decimals is refused rather than silently rounded;
 * only {@link #multiply(BigDecimal)} rounds (half up), because a product legitimately has more digits.
 * Arithmetic across currencies is refused: there is no exchange rate in this model.
 */
public record Money(BigDecimal amount, Currency currency) {

    public static final int SCALE = 2;

    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("Amount is required");
        }
        if (currency == null) {
            throw new IllegalArgumentException("Currency is required");
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException(
                    "Amount must have at most " + SCALE + " decimals: " + amount.toPlainString());
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        if (amount == null || amount.isBlank()) {
            throw new IllegalArgumentException("Amount is required");
        }
        try {
            return new Money(new BigDecimal(amount.strip()), currency(currencyCode));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Amount is not a number: " + amount);
        }
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Currency is required");
        }
        try {
            return Currency.getInstance(code.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown ISO 4217 currency: " + code);
        }
    }

    public Money add(Money other) {
        requireSameCurrency(other, "add");
        return new Money(amount.add(other.amount), currency);
    }

    public Money subtract(Money other) {
        requireSameCurrency(other, "subtract");
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money multiply(BigDecimal factor) {
        if (factor == null) {
            throw new IllegalArgumentException("Factor is required");
        }
        return new Money(amount.multiply(factor).setScale(SCALE, RoundingMode.HALF_UP), currency);
    }

    public Money multiply(int factor) {
        return multiply(BigDecimal.valueOf(factor));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isLessThan(Money other) {
        requireSameCurrency(other, "compare");
        return amount.compareTo(other.amount) < 0;
    }

    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other, "compare");
        return amount.compareTo(other.amount) > 0;
    }

    public boolean hasCurrency(Currency other) {
        return currency.equals(other);
    }

    /** E.g. {@code 1250.00 EUR}: locale-free, so explanations read the same everywhere. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other, String operation) {
        if (other == null) {
            throw new IllegalArgumentException("Cannot " + operation + " a missing amount");
        }
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot " + operation + " amounts in different currencies: "
                    + currency.getCurrencyCode() + " and " + other.currency.getCurrencyCode());
        }
    }
}
