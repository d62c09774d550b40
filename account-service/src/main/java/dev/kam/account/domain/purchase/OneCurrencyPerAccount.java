package dev.kam.account.domain.purchase;

import dev.kam.kernel.period.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An account's purchase volumes are all in one currency: there is no exchange rate in this model,
 * so a period in another currency could never be compared with its comparable period. The currency
 * is set by the volumes already stored (those not about to be replaced); when there are none, by
 * the first new volume.
 */
public final class OneCurrencyPerAccount {

    public static final String RULE = "one-currency-per-account";

    private OneCurrencyPerAccount() {
    }

    /**
     * The new volumes that break the rule, given what is stored for the account (period to currency).
     * Empty when all may be recorded.
     */
    public static List<PurchaseVolume> offending(Map<Period, Currency> stored, List<PurchaseVolume> incoming) {
        if (stored == null || incoming == null) {
            throw new IllegalArgumentException("Stored currencies and new volumes are required (may be empty)");
        }
        Optional<Currency> established = established(stored, incoming);
        return established
                .map(currency -> incoming.stream()
                        .filter(volume -> !volume.amount().hasCurrency(currency))
                        .toList())
                .orElse(List.of());
    }

    /** The currency the account's history keeps, if it has one yet. */
    public static Optional<Currency> established(Map<Period, Currency> stored, Collection<PurchaseVolume> incoming) {
        Set<Period> replaced = incoming.stream().map(PurchaseVolume::period).collect(Collectors.toSet());
        Optional<Currency> kept = stored.entrySet().stream()
                .filter(entry -> !replaced.contains(entry.getKey()))
                // with legacy mixed data, the latest period's currency is the one that carries on
                .max(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(Map.Entry::getValue);
        return kept.or(() -> incoming.stream().findFirst().map(volume -> volume.amount().currency()));
    }
}
