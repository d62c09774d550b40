package dev.kam.account.service.purchase;

import dev.kam.account.domain.purchase.PurchaseVolume;
import dev.kam.kernel.Money;
import dev.kam.kernel.period.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the figures of one purchase volume as a caller or an ERP sends them (text), and names every
 * field that is wrong, so a batch can report all its faults at once. Also keeps amounts within what
 * the database stores (numeric(19,2), quantities numeric(19,3)): too large a figure is bad input,
 * not a server error.
 */
public final class PurchaseFigures {

    static final int MAX_AMOUNT_INTEGER_DIGITS = 17;
    static final int MAX_QUANTITY_INTEGER_DIGITS = 16;
    static final int QUANTITY_SCALE = 3;

    /** One field at fault: {@code period}, {@code amount}, {@code currency} or {@code quantity}. */
    public record Fault(String field, String message) {
    }

    /** The volume, when every field is right; otherwise the faults. */
    public record Reading(Optional<PurchaseVolume> volume, List<Fault> faults) {
        public Reading {
            faults = List.copyOf(faults);
        }
    }

    private PurchaseFigures() {
    }

    public static Reading read(String period, String amount, String currency, String quantity) {
        List<Fault> faults = new ArrayList<>();
        Period parsedPeriod = attempt(faults, "period", () -> Period.parse(blankToNull(period)));
        Currency parsedCurrency = attempt(faults, "currency", () -> Money.currency(currency));
        BigDecimal parsedAmount = attempt(faults, "amount", () -> amountOf(amount));
        BigDecimal parsedQuantity = attempt(faults, "quantity", () -> quantityOf(quantity));
        if (!faults.isEmpty()) {
            return new Reading(Optional.empty(), faults);
        }
        PurchaseVolume volume = attempt(faults, "amount", () -> new PurchaseVolume(parsedPeriod,
                new Money(parsedAmount, parsedCurrency), Optional.ofNullable(parsedQuantity)));
        return new Reading(Optional.ofNullable(volume), faults);
    }

    private static BigDecimal amountOf(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Amount is required");
        }
        BigDecimal amount = decimal(text, "Amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("A purchase volume cannot be negative");
        }
        if (amount.precision() - amount.scale() > MAX_AMOUNT_INTEGER_DIGITS) {
            throw new IllegalArgumentException(
                    "Amount must have at most " + MAX_AMOUNT_INTEGER_DIGITS + " digits before the decimal point");
        }
        return amount;
    }

    /** Optional: left out (or an empty CSV cell, which the CSV reader passes as null) means not known. */
    private static BigDecimal quantityOf(String text) {
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("Quantity must be a decimal number, or left out");
        }
        BigDecimal quantity = decimal(text, "Quantity");
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("A purchased quantity cannot be negative");
        }
        if (quantity.stripTrailingZeros().scale() > QUANTITY_SCALE) {
            throw new IllegalArgumentException("Quantity must have at most " + QUANTITY_SCALE + " decimals");
        }
        if (quantity.precision() - quantity.scale() > MAX_QUANTITY_INTEGER_DIGITS) {
            throw new IllegalArgumentException(
                    "Quantity must have at most " + MAX_QUANTITY_INTEGER_DIGITS + " digits before the decimal point");
        }
        return quantity;
    }

    private static BigDecimal decimal(String text, String what) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a decimal number");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <T> T attempt(List<Fault> faults, String field, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (IllegalArgumentException e) {
            faults.add(new Fault(field, e.getMessage()));
            return null;
        }
    }
}
