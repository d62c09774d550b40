package dev.kam.account.domain.negotiation;

import dev.kam.kernel.Money;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The balance of concessions given and received with one client. Tit-for-tat is about moves, not
 * prices: the reading compares the number of concessions each side made, within a tolerance. Values
 * are totalled per currency for the people reading it (concessions without a value count as moves
 * but add nothing to the totals).
 */
public record ConcessionBalance(
        int givenCount,
        int receivedCount,
        Map<Currency, Money> valueGiven,
        Map<Currency, Money> valueReceived,
        BalanceReading reading) {

    public ConcessionBalance {
        if (givenCount < 0 || receivedCount < 0) {
            throw new IllegalArgumentException("Concession counts cannot be negative");
        }
        if (valueGiven == null || valueReceived == null || reading == null) {
            throw new IllegalArgumentException("Values and reading are required");
        }
        valueGiven = Map.copyOf(valueGiven);
        valueReceived = Map.copyOf(valueReceived);
    }

    public static ConcessionBalance of(Collection<Concession> concessions, BalanceTolerance tolerance) {
        if (concessions == null || tolerance == null) {
            throw new IllegalArgumentException("Concessions and tolerance are required");
        }
        int given = count(concessions, ConcessionDirection.GIVEN);
        int received = count(concessions, ConcessionDirection.RECEIVED);
        return new ConcessionBalance(given, received,
                totals(concessions, ConcessionDirection.GIVEN), totals(concessions, ConcessionDirection.RECEIVED),
                read(given - received, tolerance));
    }

    /** Concessions given minus received: positive when we give more. */
    public int netCount() {
        return givenCount - receivedCount;
    }

    /** Value given minus value received in one currency: positive when we give more. */
    public Money netValue(Currency currency) {
        Money zero = Money.zero(currency);
        return valueGiven.getOrDefault(currency, zero).subtract(valueReceived.getOrDefault(currency, zero));
    }

    private static BalanceReading read(int net, BalanceTolerance tolerance) {
        if (Math.abs(net) <= tolerance.concessions()) {
            return BalanceReading.BALANCED;
        }
        return net > 0 ? BalanceReading.WE_GIVE_MORE : BalanceReading.THEY_GIVE_MORE;
    }

    private static int count(Collection<Concession> concessions, ConcessionDirection direction) {
        return (int) concessions.stream().filter(c -> c.direction() == direction).count();
    }

    private static Map<Currency, Money> totals(Collection<Concession> concessions, ConcessionDirection direction) {
        return concessions.stream()
                .filter(c -> c.direction() == direction)
                .map(Concession::value)
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(Money::currency, Function.identity(), Money::add));
    }
}
