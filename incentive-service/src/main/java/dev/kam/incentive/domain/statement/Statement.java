package dev.kam.incentive.domain.statement;

import dev.kam.incentive.domain.pay.Kpi;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.Money;
import dev.kam.kernel.UserId;
import dev.kam.kernel.period.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An employee's pay statement for one period. DRAFT follows the facts (recomputed as they arrive);
 * a compensation admin APPROVES it, which fixes the figures, and later marks it PAID. After approval
 * nothing is edited silently: corrections are separate, reasoned adjustments. The employee may dispute
 * a line with a reason at any time; an admin resolves it, and no statement is approved with a dispute open.
 */
public record Statement(
        UserId employee,
        Period period,
        StatementFigures figures,
        StatementStatus status,
        Optional<Act> approved,
        Optional<Act> paid,
        List<Adjustment> adjustments,
        List<Dispute> disputes) {

    public static final String FIXED_RULE = "statement-fixed";
    public static final String STATUS_RULE = "statement-status";
    public static final String OPEN_DISPUTE_RULE = "statement-open-dispute";
    public static final String OWN_STATEMENT_RULE = "statement-own-only";
    public static final String NOT_OWN_DECISION_RULE = "statement-not-own-decision";
    public static final String NEGATIVE_TOTAL_RULE = "statement-negative-total";
    public static final String UNKNOWN_LINE_RULE = "statement-unknown-line";
    public static final String DISPUTE_RULE = "statement-dispute";
    public static final String SETTLEMENT_RULE = "statement-dispute-settlement";

    public Statement {
        if (employee == null || period == null || figures == null || status == null || approved == null
                || paid == null || adjustments == null || disputes == null) {
            throw new IllegalArgumentException("Every part of a statement is required (lists may be empty)");
        }
        if ((status == StatementStatus.DRAFT) != approved.isEmpty() || (status == StatementStatus.PAID) != paid.isPresent()) {
            throw new IllegalArgumentException("Approval and payment must match the status " + status);
        }
        adjustments = List.copyOf(adjustments);
        disputes = List.copyOf(disputes);
    }

    public static Statement draft(UserId employee, Period period, StatementFigures figures) {
        return new Statement(employee, period, figures, StatementStatus.DRAFT, Optional.empty(), Optional.empty(),
                List.of(), List.of());
    }

    /** New figures from the facts; an unchanged result returns this very statement (nothing to store or publish). */
    public Statement recompute(StatementFigures recomputed) {
        if (status != StatementStatus.DRAFT) {
            throw new DomainRuleViolation(FIXED_RULE, "The statement for " + period + " is " + status
                    + "; its figures are fixed - correct it with an adjustment");
        }
        if (figures.equals(recomputed)) {
            return this;
        }
        return with(recomputed, status, approved, paid, adjustments, disputes);
    }

    public Statement approve(Act by) {
        requireStatus(StatementStatus.DRAFT, "approved");
        requireSomeoneElse(by, "approve");
        List<Integer> open = disputes.stream().filter(Dispute::isOpen).map(Dispute::number).toList();
        if (!open.isEmpty()) {
            throw new DomainRuleViolation(OPEN_DISPUTE_RULE,
                    "Resolve the open disputes " + open + " before approving the statement for " + period);
        }
        return with(figures, StatementStatus.APPROVED, Optional.of(by), paid, adjustments, disputes);
    }

    public Statement markPaid(Act by) {
        requireStatus(StatementStatus.APPROVED, "paid");
        requireSomeoneElse(by, "mark as paid");
        return with(figures, StatementStatus.PAID, approved, Optional.of(by), adjustments, disputes);
    }

    public Statement adjust(Money amount, String reason, Act by) {
        if (status == StatementStatus.DRAFT) {
            throw new DomainRuleViolation(STATUS_RULE, "A draft follows the facts and the plan; adjust it once approved");
        }
        requireSomeoneElse(by, "adjust");
        if (amount == null || !amount.hasCurrency(figures.base().currency())) {
            throw new IllegalArgumentException("An adjustment is in the statement's currency, "
                    + figures.base().currency().getCurrencyCode());
        }
        Adjustment adjustment = new Adjustment(adjustments.size() + 1, amount, reason, by);
        if (total().add(amount).isNegative()) {
            throw new DomainRuleViolation(NEGATIVE_TOTAL_RULE, "An adjustment of " + amount + " would take the total "
                    + total() + " below zero");
        }
        List<Adjustment> next = new ArrayList<>(adjustments);
        next.add(adjustment);
        return with(figures, status, approved, paid, next, disputes);
    }

    public Statement raiseDispute(String line, String reason, Act by) {
        if (by == null) {
            throw new IllegalArgumentException("Who raises the dispute is required");
        }
        if (!by.by().equals(employee)) {
            throw new DomainRuleViolation(OWN_STATEMENT_RULE, "Only the employee can dispute their own statement");
        }
        if (line == null || !(Kpi.BASE_LINE.equals(line) || figures.hasLine(line))) {
            throw new DomainRuleViolation(UNKNOWN_LINE_RULE, "The statement has no line '" + line + "'");
        }
        if (disputes.stream().anyMatch(d -> d.isOpen() && d.line().equals(line))) {
            throw new DomainRuleViolation(DISPUTE_RULE, "The line '" + line + "' already has an open dispute");
        }
        List<Dispute> next = new ArrayList<>(disputes);
        next.add(new Dispute(disputes.size() + 1, line, reason, by, Optional.empty()));
        return with(figures, status, approved, paid, adjustments, next);
    }

    /**
     * Closes a dispute. On a draft either outcome simply closes it (an upheld draft is put right through
     * the facts or the plan); on a fixed statement an upheld dispute changes what is owed, so it goes
     * through {@link #upholdAndSettle} with the amount.
     */
    public Statement resolveDispute(int number, DisputeOutcome outcome, String explanation, Act by) {
        if (outcome == DisputeOutcome.UPHELD && status != StatementStatus.DRAFT) {
            throw new DomainRuleViolation(SETTLEMENT_RULE, "The statement for " + period + " is " + status
                    + "; an upheld dispute on it is settled with an adjustment - uphold it with the amount");
        }
        return resolved(number, outcome, explanation, by);
    }

    /**
     * Upholds a dispute on an approved or paid statement and settles it with an adjustment in the same
     * step, so the correction names the dispute it settles.
     */
    public Statement upholdAndSettle(int number, String explanation, Money amount, Act by) {
        if (status == StatementStatus.DRAFT) {
            throw new DomainRuleViolation(STATUS_RULE, "A draft follows the facts and the plan: uphold the dispute "
                    + "without an amount and put the facts or the plan right");
        }
        Statement upheld = resolved(number, DisputeOutcome.UPHELD, explanation, by);
        String line = upheld.disputes.stream().filter(d -> d.number() == number).findFirst().orElseThrow().line();
        return upheld.adjust(amount, "Settles upheld dispute " + number + " on line '" + line + "'", by);
    }

    private Statement resolved(int number, DisputeOutcome outcome, String explanation, Act by) {
        requireSomeoneElse(by, "resolve a dispute on");
        Dispute dispute = disputes.stream().filter(d -> d.number() == number).findFirst()
                .orElseThrow(() -> new DomainRuleViolation(DISPUTE_RULE, "There is no dispute " + number));
        if (!dispute.isOpen()) {
            throw new DomainRuleViolation(DISPUTE_RULE, "Dispute " + number + " is already resolved");
        }
        List<Dispute> next = new ArrayList<>(disputes);
        next.set(disputes.indexOf(dispute), dispute.resolve(new Dispute.Resolution(outcome, explanation, by)));
        return with(figures, status, approved, paid, adjustments, next);
    }

    /** What is paid: the computed total plus every adjustment. */
    public Money total() {
        return adjustments.stream().map(Adjustment::amount).reduce(figures.total(), Money::add);
    }

    private void requireStatus(StatementStatus required, String act) {
        if (status != required) {
            throw new DomainRuleViolation(STATUS_RULE, "Only a " + required + " statement can be " + act
                    + "; the statement for " + period + " is " + status);
        }
    }

    // the employee must not approve, pay, adjust or judge their own pay
    private void requireSomeoneElse(Act by, String act) {
        if (by == null) {
            throw new IllegalArgumentException("Who acts is required");
        }
        if (by.by().equals(employee)) {
            throw new DomainRuleViolation(NOT_OWN_DECISION_RULE, "Nobody can " + act + " their own statement");
        }
    }

    private Statement with(StatementFigures f, StatementStatus s, Optional<Act> a, Optional<Act> p,
            List<Adjustment> adj, List<Dispute> d) {
        return new Statement(employee, period, f, s, a, p, adj, d);
    }
}
