package dev.kam.account.domain.purchase;

import dev.kam.kernel.Money;
import dev.kam.kernel.period.Period;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an account bought in one period, optionally with a quantity (units, tonnes, whatever the
 * client buys in). Never negative: a correction replaces the period's volume instead of netting it.
 */
public record PurchaseVolume(Period period, Money amount, Optional<BigDecimal> quantity) {

    public PurchaseVolume {
        if (period == null) {
            throw new IllegalArgumentException("Period is required");
        }
        if (amount == null) {
            throw new IllegalArgumentException("Purchase amount is required");
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A purchase volume cannot be negative");
        }
        if (quantity == null) {
            throw new IllegalArgumentException("Quantity must be given or explicitly empty");
        }
        if (quantity.map(q -> q.signum() < 0).orElse(false)) {
            throw new IllegalArgumentException("A purchased quantity cannot be negative");
        }
    }

    public static PurchaseVolume of(Period period, Money amount) {
        return new PurchaseVolume(period, amount, Optional.empty());
    }
}
