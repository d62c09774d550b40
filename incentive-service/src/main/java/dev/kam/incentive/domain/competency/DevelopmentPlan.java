package dev.kam.incentive.domain.competency;

import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An employee's development plan: the items, ordered by due date. The plan should grow what the
 * latest assessment found weakest, so it says whether an open item addresses that competency.
 */
public record DevelopmentPlan(UserId employee, List<DevelopmentItem> items) {

    public static final int MAX_ITEMS = 30;
    public static final String SAME_ITEM_TWICE_RULE = "development-item-repeated";

    public DevelopmentPlan {
        if (employee == null || items == null || items.stream().anyMatch(i -> i == null)) {
            throw new IllegalArgumentException("The employee and the items (may be empty) are required");
        }
        if (items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("A development plan has at most " + MAX_ITEMS + " items");
        }
        if (items.stream().map(i -> i.competency() + "|" + i.action().toLowerCase()).distinct().count() != items.size()) {
            throw new DomainRuleViolation(SAME_ITEM_TWICE_RULE,
                    "The same action for the same competency is in the plan twice");
        }
        items = items.stream().sorted(Comparator.comparing(DevelopmentItem::dueOn)).toList();
    }

    /** Whether an open item works on the competency the latest assessment scored lowest; empty without one. */
    public Optional<Boolean> addressesWeakest(Optional<CompetencyAssessment> latest) {
        return latest.map(a -> {
            Competency weakest = a.scores().entrySet().stream()
                    .min(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
            return items.stream().anyMatch(i -> !i.done() && i.competency() == weakest);
        });
    }
}
