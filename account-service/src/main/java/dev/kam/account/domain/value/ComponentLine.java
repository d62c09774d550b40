package dev.kam.account.domain.value;

import dev.kam.kernel.Money;

/**
 * One component's totals over the horizon with the arithmetic written out, so the client can check
 * every number.
 */
public record ComponentLine(CostComponent component, int occurrences, Money ourTotal, Money alternativeTotal) {

    public ComponentLine {
        if (component == null || ourTotal == null || alternativeTotal == null) {
            throw new IllegalArgumentException("Component and totals are required");
        }
        if (occurrences < 1) {
            throw new IllegalArgumentException("A cost occurs at least once");
        }
    }

    static ComponentLine of(CostComponent component, Horizon horizon) {
        int occurrences = component.recurrence().occurrencesOver(horizon);
        return new ComponentLine(component, occurrences,
                component.ourCost().multiply(occurrences), component.alternativeCost().multiply(occurrences));
    }

    public Money saving() {
        return alternativeTotal.subtract(ourTotal);
    }

    /**
     * E.g. {@code ours 1000.00 EUR x 5 = 5000.00 EUR; alternative 1200.00 EUR x 5 = 6000.00 EUR;
     * saving 1000.00 EUR}.
     */
    public String calculation() {
        return "ours " + component.ourCost() + " x " + occurrences + " = " + ourTotal
                + "; alternative " + component.alternativeCost() + " x " + occurrences + " = " + alternativeTotal
                + "; saving " + saving();
    }
}
