package dev.kam.incentive.service.statement;

import dev.kam.incentive.config.IncentiveConfig;
import dev.kam.incentive.domain.kpi.PeriodsMeasured;
import dev.kam.incentive.domain.pay.PayPlan;
import dev.kam.incentive.domain.statement.ComputingStatement;
import dev.kam.incentive.domain.statement.StatementFigures;
import dev.kam.incentive.repository.PayPlanEntity;
import dev.kam.incentive.service.plan.PayPlanRecords;
import dev.kam.incentive.service.purchase.PurchaseLedgers;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.period.Period;
import dev.kam.plumbing.replica.AccountReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A statement's figures as they stand now: the plan version in force for the employee and period,
 * the accounts whose team the employee is on (the replica), and the purchase facts of those accounts
 * in the periods the plan measures, handed to the domain's pure {@link ComputingStatement}.
 */
@ApplicationScoped
public class DraftFigures {

    private final PayPlanRecords planRecords;
    private final AccountReplicaRepository accounts;
    private final PurchaseLedgers ledgers;
    private final IncentiveConfig config;

    DraftFigures(PayPlanRecords planRecords, AccountReplicaRepository accounts, PurchaseLedgers ledgers,
            IncentiveConfig config) {
        this.planRecords = planRecords;
        this.accounts = accounts;
        this.ledgers = ledgers;
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
        PeriodsMeasured measured = measuredBy(plan);
        return Optional.of(ComputingStatement.compute(inForce.get(), accountIds, ledgers.of(served, measured),
                config.statementComparison()));
    }

    /** The periods whose purchases the plan's statement reads. */
    public PeriodsMeasured measuredBy(PayPlanEntity plan) {
        return PeriodsMeasured.of(Period.parse(plan.period), config.statementComparison());
    }
}
