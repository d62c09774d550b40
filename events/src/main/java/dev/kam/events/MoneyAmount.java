package dev.kam.events;

/**
 * Money in events: the amount as a decimal string (never a binary float) and the ISO 4217 currency.
 *
 * @param amount   e.g. {@code "125000.00"}
 * @param currency e.g. {@code "EUR"}
 */
public record MoneyAmount(String amount, String currency) {
}
