package dev.kam.incentive.service.statement;

import dev.kam.incentive.config.IncentiveConfig;
import dev.kam.incentive.domain.pay.PayPlan;
import dev.kam.incentive.domain.purchase.PurchaseFact;
import dev.kam.incentive.domain.purchase.PurchaseLedger;
import dev.kam.incentive.domain.statement.ComputingStatement;
import dev.kam.incentive.domain.statement.StatementFigures;
import dev.kam.plumbing.replica.AccountReplicaRepository;
import dev.kam.incentive.repository.PayPlanEntity;
import dev.kam.incentive.repository.PurchaseFactEntity;
import dev.kam.incentive.repository.PurchaseFactRepository;
import dev.kam.incentive.service.plan.PayPlanRecords;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.Money;
import dev.kam.kernel.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A statement's figures as they stand now: the plan version in force for the employee and period,
 * the accounts whose team the employee is on (the replica), and every purchase fact of those accounts,
 * handed to the domain's pure {@link ComputingStatement}.
 */
@ApplicationScoped
public class DraftFigures {

    private final PayPlanRecords planRecords;
    private final AccountReplicaRepository accounts;
    private final PurchaseFactRepository facts;
    private final IncentiveConfig config;

    DraftFigures(PayPlanRecords planRecords, AccountReplicaRepository accounts, PurchaseFactRepository facts,
            IncentiveConfig config) {
        this.planRecords = planRecords;
        this.accounts = accounts;
        this.facts = facts;
        this.config = config;
    }

    /** Empty while the plan has no version in force: there is nothing to compute a statement from. */
    public Optional<StatementFigures> of(PayPlanEntity plan) {
        Optional<PayPlan> inForce = planRecords.toDomain(plan).inForce();
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> served = accounts.accountsServedBy(plan.employeeId);
        Set<AccountId> accountIds = served.stream().map(AccountId::new).collect(Collectors.toSet());
        PurchaseLedger ledger = PurchaseLedger.of(facts.ofAccounts(served).stream().map(DraftFigures::fact).toList());
        return Optional.of(ComputingStatement.compute(inForce.get(), accountIds, ledger, config.statementComparison()));
    }

    private static PurchaseFact fact(PurchaseFactEntity row) {
        return new PurchaseFact(row.eventId, new AccountId(row.accountId), Period.parse(row.period),
                Money.of(row.amount, Money.currency(row.currency)), row.recordedAt);
    }
}
