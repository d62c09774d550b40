package dev.kam.incentive.domain.bonus;

import dev.kam.incentive.domain.purchase.PurchaseLedger;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.Money;
import dev.kam.kernel.UserId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluates a retention bonus programme once its period is over: does the group keep buying at no
 * less than in the comparable period? Accounts without a baseline (new to the group's business) are
 * left out of the comparison on both sides, so the test is like for like; a decline of one cent is a
 * decline. With no baseline at all nothing can be shown kept, and nothing is paid. The evaluation is
 * a pure function of the programme and the facts: run again, it gives an equal outcome.
 */
public final class RetentionBonusEvaluation {

    public static final String PERIOD_OPEN_RULE = "bonus-period-open";
    public static final String ONE_CURRENCY_RULE = "bonus-one-currency";

    private RetentionBonusEvaluation() {
    }

    public static RetentionBonusOutcome evaluate(RetentionBonusProgram program, PurchaseLedger ledger, LocalDate today) {
        if (today == null) {
            throw new IllegalArgumentException("Today is required");
        }
        if (program != null && !program.hasClosedBy(today)) {
            throw new DomainRuleViolation(PERIOD_OPEN_RULE, "The programme's period " + program.period()
                    + " closes on " + program.period().endExclusive() + "; it can be evaluated from then on");
        }
        return preview(program, ledger);
    }

    /**
     * What the evaluation would find from the facts known now, at any time: before the close an
     * account's current figure is what it bought so far. The same rule as {@link #evaluate}, so a
     * preview after the close from the same facts is the evaluation's outcome.
     */
    public static RetentionBonusOutcome preview(RetentionBonusProgram program, PurchaseLedger ledger) {
        if (program == null || ledger == null) {
            throw new IllegalArgumentException("Programme and facts are required");
        }
        List<AccountRetention> accounts = judgeAccounts(program, ledger);
        List<AccountRetention> judged = accounts.stream().filter(a -> a.verdict() != AccountVerdict.NEW).toList();
        Optional<Money> groupCurrent = judged.stream().map(AccountRetention::current).reduce(Money::add);
        Optional<Money> groupPrevious = judged.stream().map(a -> a.previous().orElseThrow()).reduce(Money::add);

        String why;
        boolean pays;
        if (judged.isEmpty()) {
            pays = false;
            why = "No account of the group has purchases recorded in " + program.comparable() + ": nothing to keep, no bonus";
        } else if (program.scope() == RetentionScope.GROUP_TOTAL) {
            pays = !groupCurrent.get().isLessThan(groupPrevious.get());
            why = "The group bought " + groupCurrent.get() + " in " + program.period() + (pays ? ", not less than " : ", less than ")
                    + groupPrevious.get() + " in " + program.comparable() + newAccountsNote(accounts);
        } else {
            List<AccountId> failed = accounts.stream().filter(a -> a.verdict() == AccountVerdict.FAILED)
                    .map(AccountRetention::account).toList();
            pays = failed.isEmpty();
            why = pays
                    ? "Each of the " + judged.size() + " accounts with a baseline bought not less than in " + program.comparable()
                            + newAccountsNote(accounts)
                    : "Accounts bought less than in " + program.comparable() + ": " + failed;
        }
        List<BonusAward> awards = pays ? awards(program) : List.of();
        return new RetentionBonusOutcome(program.period(), program.comparable(), program.scope(), accounts,
                groupCurrent, groupPrevious, pays, awards, why);
    }

    private static List<AccountRetention> judgeAccounts(RetentionBonusProgram program, PurchaseLedger ledger) {
        List<AccountId> ordered = program.group().stream().sorted(Comparator.comparing(AccountId::toString)).toList();
        Set<Currency> currencies = new TreeSet<>(Comparator.comparing(Currency::getCurrencyCode));
        for (AccountId account : ordered) {
            ledger.volumeIn(account, program.period()).ifPresent(m -> currencies.add(m.currency()));
            ledger.volumeIn(account, program.comparable()).ifPresent(m -> currencies.add(m.currency()));
        }
        if (currencies.size() > 1) {
            // no exchange rates in this model: a mixed group cannot be compared as one
            throw new DomainRuleViolation(ONE_CURRENCY_RULE, "The group's purchases are in several currencies "
                    + currencies + "; a programme's accounts must buy in one currency");
        }
        Money nothing = Money.zero(currencies.stream().findFirst().orElse(program.amountPerEmployee().currency()));
        return ordered.stream()
                .map(a -> AccountRetention.judge(a, ledger.volumeIn(a, program.period()).orElse(nothing),
                        ledger.volumeIn(a, program.comparable())))
                .toList();
    }

    private static List<BonusAward> awards(RetentionBonusProgram program) {
        return program.eligible().stream()
                .sorted(Comparator.comparing(UserId::value))
                .map(employee -> new BonusAward(employee, program.amountPerEmployee()))
                .toList();
    }

    private static String newAccountsNote(List<AccountRetention> accounts) {
        List<AccountId> fresh = accounts.stream().filter(a -> a.verdict() == AccountVerdict.NEW)
                .map(AccountRetention::account).toList();
        return fresh.isEmpty() ? "" : "; not judged (no comparable period): " + fresh;
    }
}
