package dev.kam.incentive.domain.kpi;

import dev.kam.incentive.domain.purchase.PurchaseLedger;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.Money;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Each account's volume in the scope's period and in its comparable period, in account-id order so
 * that derivations read the same every time. Accounts with purchases in another currency than the
 * plan's are set aside, not converted.
 */
record PortfolioVolumes(List<AccountVolumes> counted, List<AccountId> otherCurrency) {

    record AccountVolumes(AccountId account, Optional<Money> current, Optional<Money> previous) {
    }

    static PortfolioVolumes of(ContributionScope scope, PurchaseLedger ledger) {
        List<AccountVolumes> all = scope.accounts().stream()
                .sorted(Comparator.comparing(AccountId::toString))
                .map(account -> new AccountVolumes(account, ledger.volumeIn(account, scope.period()),
                        ledger.volumeIn(account, scope.comparable())))
                .toList();
        List<AccountVolumes> counted = all.stream().filter(v -> inCurrency(v, scope)).toList();
        List<AccountId> other = all.stream().filter(v -> !inCurrency(v, scope)).map(AccountVolumes::account).toList();
        return new PortfolioVolumes(counted, other);
    }

    Money currentTotal(ContributionScope scope) {
        return counted.stream().map(AccountVolumes::current).flatMap(Optional::stream)
                .reduce(Money.zero(scope.currency()), Money::add);
    }

    Optional<Money> previousTotal() {
        return counted.stream().map(AccountVolumes::previous).flatMap(Optional::stream).reduce(Money::add);
    }

    String setAside() {
        return otherCurrency.isEmpty() ? "" : "; left out (purchases in another currency): " + otherCurrency;
    }

    private static boolean inCurrency(AccountVolumes volumes, ContributionScope scope) {
        return volumes.current().map(m -> m.hasCurrency(scope.currency())).orElse(true)
                && volumes.previous().map(m -> m.hasCurrency(scope.currency())).orElse(true);
    }
}
