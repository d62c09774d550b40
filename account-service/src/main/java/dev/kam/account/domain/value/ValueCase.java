package dev.kam.account.domain.value;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The argument that our offer costs the client less to own than an alternative, over a horizon of
 * years. All components are in the case's currency: there is no exchange rate in this model. A case
 * may start without components while the team gathers the figures.
 */
public record ValueCase(
        String alternativeName,
        AlternativeKind alternativeKind,
        Horizon horizon,
        Currency currency,
        List<CostComponent> components) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_COMPONENTS = 100;

    public ValueCase {
        if (alternativeName == null || alternativeName.isBlank()) {
            throw new IllegalArgumentException("Name the alternative (a competitor or the client's current way)");
        }
        alternativeName = alternativeName.strip();
        if (alternativeName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Alternative name must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (alternativeKind == null || horizon == null || currency == null) {
            throw new IllegalArgumentException("Alternative kind, horizon and currency are required");
        }
        if (components == null) {
            throw new IllegalArgumentException("Components are required (may be empty)");
        }
        if (components.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A cost component cannot be missing");
        }
        components = List.copyOf(components);
        if (components.size() > MAX_COMPONENTS) {
            throw new IllegalArgumentException("A value case has at most " + MAX_COMPONENTS + " components");
        }
        for (CostComponent component : components) {
            if (!component.ourCost().hasCurrency(currency)) {
                throw new IllegalArgumentException("Every component must be in " + currency.getCurrencyCode()
                        + "; '" + component.description() + "' is in "
                        + component.ourCost().currency().getCurrencyCode());
            }
        }
    }

    public ValueCase withComponent(CostComponent component) {
        List<CostComponent> updated = new ArrayList<>(components);
        updated.add(component);
        return new ValueCase(alternativeName, alternativeKind, horizon, currency, updated);
    }
}
