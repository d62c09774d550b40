package dev.kam.incentive.service.bonus;

import dev.kam.incentive.domain.bonus.RetentionBonusProgram;
import dev.kam.incentive.repository.BonusEvaluationRepository;
import dev.kam.incentive.repository.BonusProgramEntity;
import dev.kam.incentive.repository.BonusProgramRepository;
import dev.kam.incentive.repository.EmployeeRepository;
import dev.kam.incentive.service.money.MoneyBodies;
import dev.kam.incentive.service.plan.StartingPayPlan;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.Money;
import dev.kam.kernel.UserId;
import dev.kam.kernel.period.Period;
import dev.kam.plumbing.problem.ProblemException;
import dev.kam.plumbing.replica.AccountReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Programmes between their rows and the domain's {@link RetentionBonusProgram}, their checks and their view. */
@ApplicationScoped
public class BonusProgramRecords {

    public static final String UNKNOWN_ACCOUNT_RULE = "bonus-account-unknown";

    private final BonusProgramRepository programs;
    private final BonusEvaluationRepository evaluations;
    private final EmployeeRepository employees;
    private final AccountReplicaRepository accounts;

    BonusProgramRecords(BonusProgramRepository programs, BonusEvaluationRepository evaluations,
            EmployeeRepository employees, AccountReplicaRepository accounts) {
        this.programs = programs;
        this.evaluations = evaluations;
        this.employees = employees;
        this.accounts = accounts;
    }

    public BonusProgramEntity require(UUID id) {
        BonusProgramEntity program = programs.findById(id);
        if (program == null) {
            throw ProblemException.notFound("Bonus programme " + id);
        }
        return program;
    }

    public boolean isEvaluated(UUID id) {
        return evaluations.findById(id) != null;
    }

    /**
     * Every account must be one account-service announced and every eligible person a registered
     * employee: a mistyped id would otherwise sit in the group as a NEW account, or be paid unseen.
     */
    public void requireKnown(RetentionBonusProgram program) {
        List<UUID> group = program.group().stream().map(AccountId::value).toList();
        Set<UUID> known = accounts.known(group);
        List<UUID> unknownAccounts = group.stream().filter(a -> !known.contains(a)).sorted().toList();
        if (!unknownAccounts.isEmpty()) {
            throw new DomainRuleViolation(UNKNOWN_ACCOUNT_RULE,
                    "These accounts are not known from account-service's events: " + unknownAccounts);
        }
        List<String> unregistered = program.eligible().stream().map(UserId::value)
                .filter(u -> employees.findById(u) == null).sorted().toList();
        if (!unregistered.isEmpty()) {
            throw new DomainRuleViolation(StartingPayPlan.UNKNOWN_EMPLOYEE_RULE,
                    "These eligible people are not registered employees: " + unregistered);
        }
    }

    public RetentionBonusProgram toDomain(BonusProgramEntity row) {
        return new RetentionBonusProgram(row.name, row.accounts.stream().map(AccountId::new).collect(Collectors.toSet()),
                Period.parse(row.period), row.eligible.stream().map(UserId::of).collect(Collectors.toSet()),
                Money.of(row.amount, Money.currency(row.currency)), row.comparisonRule, row.scope);
    }

    public void write(RetentionBonusProgram program, BonusProgramEntity row) {
        row.name = program.name();
        row.period = program.period().format();
        row.comparisonRule = program.rule();
        row.scope = program.scope();
        row.amount = program.amountPerEmployee().amount();
        row.currency = program.amountPerEmployee().currency().getCurrencyCode();
        row.accounts.clear();
        program.group().forEach(a -> row.accounts.add(a.value()));
        row.eligible.clear();
        program.eligible().forEach(u -> row.eligible.add(u.value()));
    }

    public BonusProgramView view(BonusProgramEntity row) {
        RetentionBonusProgram program = toDomain(row);
        return new BonusProgramView(row.id, row.name, row.period, row.comparisonRule, program.comparable().format(),
                row.scope, MoneyBodies.of(program.amountPerEmployee()), row.accounts.stream().sorted().toList(),
                row.eligible.stream().sorted(Comparator.naturalOrder()).toList(), isEvaluated(row.id), row.version,
                row.createdBy, row.createdAt, row.updatedAt);
    }
}
