package dev.kam.account.service.concession;

import dev.kam.account.domain.negotiation.ConcessionBalance;
import dev.kam.account.service.money.MoneyBodies;
import dev.kam.kernel.Money;
import dev.kam.plumbing.json.MoneyBody;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The tit-for-tat balance of an account: moves on each side, their values per currency, and the reading. */
@Schema(description = "The balance of concessions given and received with one client")
public record ConcessionBalanceView(
        UUID accountId,
        @Schema(description = "Concessions we made") int givenCount,
        @Schema(description = "Concessions the client made") int receivedCount,
        @Schema(description = "Given minus received: positive when we give more") int netCount,
        @Schema(enumeration = {"BALANCED", "WE_GIVE_MORE", "THEY_GIVE_MORE"},
                description = "Compares the number of moves on each side, within a tolerance of one")
        String reading,
        @Schema(description = "Totals of the concessions that have a value, per currency")
        List<CurrencyTotals> values) {

    /** What was given and received in one currency; net is given minus received. */
    @Schema(description = "Concession values in one currency")
    public record CurrencyTotals(String currency, MoneyBody given, MoneyBody received, MoneyBody net) {
    }

    static ConcessionBalanceView of(UUID accountId, ConcessionBalance balance) {
        TreeSet<Currency> currencies = new TreeSet<>(Comparator.comparing(Currency::getCurrencyCode));
        currencies.addAll(balance.valueGiven().keySet());
        currencies.addAll(balance.valueReceived().keySet());
        List<CurrencyTotals> values = currencies.stream()
                .map(currency -> new CurrencyTotals(currency.getCurrencyCode(),
                        MoneyBodies.of(balance.valueGiven().getOrDefault(currency, Money.zero(currency))),
                        MoneyBodies.of(balance.valueReceived().getOrDefault(currency, Money.zero(currency))),
                        MoneyBodies.of(balance.netValue(currency))))
                .toList();
        return new ConcessionBalanceView(accountId, balance.givenCount(), balance.receivedCount(),
                balance.netCount(), balance.reading().name(), values);
    }
}
