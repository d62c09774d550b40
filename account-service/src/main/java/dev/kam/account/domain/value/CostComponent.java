package dev.kam.account.domain.value;

import dev.kam.kernel.Money;

/**
 * One line of a total-cost-of-ownership comparison: what it costs the client with us and with the
 * alternative, how often, and what the figure rests on. The source is mandatory because an
 * argument whose numbers cannot be traced is not a rational argument.
 */
public record CostComponent(
        CostCategory category,
        String description,
        Money ourCost,
        Money alternativeCost,
        Recurrence recurrence,
        EvidenceKind evidence,
        String source) {

    public static final int MAX_TEXT_LENGTH = 500;

    public CostComponent {
        if (category == null || recurrence == null || evidence == null) {
            throw new IllegalArgumentException("Category, recurrence and evidence kind are required");
        }
        description = requireText(description, "Description");
        source = requireText(source, "Source");
        if (ourCost == null || alternativeCost == null) {
            throw new IllegalArgumentException("Both our cost and the alternative's cost are required");
        }
        if (!ourCost.hasCurrency(alternativeCost.currency())) {
            throw new IllegalArgumentException("Our cost and the alternative's cost must be in the same currency");
        }
        if (ourCost.isNegative() || alternativeCost.isNegative()) {
            throw new IllegalArgumentException("A cost cannot be negative");
        }
    }

    /** What the client saves with us each time the cost arises; negative where we cost more. */
    public Money savingPerOccurrence() {
        return alternativeCost.subtract(ourCost);
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " cannot be blank");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(what + " must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        return stripped;
    }
}
