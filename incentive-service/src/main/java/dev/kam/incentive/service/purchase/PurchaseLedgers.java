package dev.kam.incentive.service.purchase;

import dev.kam.incentive.domain.kpi.PeriodsMeasured;
import dev.kam.incentive.domain.purchase.PurchaseFact;
import dev.kam.incentive.domain.purchase.PurchaseLedger;
import dev.kam.incentive.repository.PurchaseFactEntity;
import dev.kam.incentive.repository.PurchaseFactRepository;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.Money;
import dev.kam.kernel.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The stored purchase facts of some accounts as the domain's ledger, which decides which fact counts. */
@ApplicationScoped
public class PurchaseLedgers {

    private final PurchaseFactRepository facts;

    PurchaseLedgers(PurchaseFactRepository facts) {
        this.facts = facts;
    }

    public PurchaseLedger of(Collection<UUID> accounts) {
        return ledgerOf(facts.ofAccounts(accounts));
    }

    /** Only the facts a statement measuring these periods reads: the consumer's hot path stays small. */
    public PurchaseLedger of(Collection<UUID> accounts, PeriodsMeasured measured) {
        return ledgerOf(facts.ofAccountsIn(accounts, measured.recordablePeriods().stream().map(Period::format).toList()));
    }

    private static PurchaseLedger ledgerOf(List<PurchaseFactEntity> rows) {
        return PurchaseLedger.of(rows.stream()
                .map(f -> new PurchaseFact(f.eventId, new AccountId(f.accountId), Period.parse(f.period),
                        Money.of(f.amount, Money.currency(f.currency)), f.recordedAt))
                .toList());
    }
}
