package dev.kam.account.domain.value;

import dev.kam.kernel.Money;
import dev.kam.kernel.Percentage;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The totals of a value case over its horizon: each cost counted once per year for ANNUAL costs and
 * once for ONE_OFF costs; the saving is the alternative's total minus ours (negative when we are the
 * dearer option), split by evidence kind and with the share resting on hard evidence.
 */
public final class ValueCaseCalculation {

    private final ValueCase valueCase;
    private final List<ComponentLine> lines;

    private ValueCaseCalculation(ValueCase valueCase) {
        this.valueCase = valueCase;
        this.lines = valueCase.components().stream().map(c -> ComponentLine.of(c, valueCase.horizon())).toList();
    }

    public static ValueCaseCalculation of(ValueCase valueCase) {
        if (valueCase == null) {
            throw new IllegalArgumentException("Value case is required");
        }
        return new ValueCaseCalculation(valueCase);
    }

    public ValueCase valueCase() {
        return valueCase;
    }

    public List<ComponentLine> lines() {
        return lines;
    }

    public Money ourTotalCost() {
        return sum(lines.stream().map(ComponentLine::ourTotal).toList());
    }

    public Money alternativeTotalCost() {
        return sum(lines.stream().map(ComponentLine::alternativeTotal).toList());
    }

    public Money saving() {
        return alternativeTotalCost().subtract(ourTotalCost());
    }

    /** Net saving per evidence kind; every kind is present, zero when unused. */
    public Map<EvidenceKind, Money> savingByEvidence() {
        Map<EvidenceKind, Money> byKind = new EnumMap<>(EvidenceKind.class);
        for (EvidenceKind kind : EvidenceKind.values()) {
            byKind.put(kind, savingWhere(line -> line.component().evidence() == kind));
        }
        return Collections.unmodifiableMap(byKind);
    }

    public EvidenceShare evidenceShare() {
        Predicate<ComponentLine> positive = line -> line.saving().isPositive();
        Money basis = savingWhere(positive);
        return new EvidenceShare(basis,
                shareOf(savingWhere(positive.and(line -> line.component().evidence().isHard())), basis),
                shareOf(savingWhere(positive.and(line -> line.component().evidence() == EvidenceKind.ESTIMATE)), basis),
                shareOf(savingWhere(positive.and(line -> line.component().evidence() == EvidenceKind.OPINION)), basis));
    }

    /**
     * The saving would stand even if every estimate and opinion were struck out: the components
     * backed by hard evidence alone save the client money, at least as much as the case claims.
     */
    public boolean savingProvenByHardEvidence() {
        Money hard = savingWhere(line -> line.component().evidence().isHard());
        Money total = saving();
        return total.isPositive() && !hard.isLessThan(total);
    }

    private Money savingWhere(Predicate<ComponentLine> which) {
        return sum(lines.stream().filter(which).map(ComponentLine::saving).toList());
    }

    private Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.zero(valueCase.currency()), Money::add);
    }

    private static Percentage shareOf(Money part, Money basis) {
        return basis.isZero() ? Percentage.ZERO : Percentage.ratio(part.amount(), basis.amount());
    }
}
