package dev.kam.incentive.domain.statement;

import java.util.Optional;

/**
 * An employee's objection to one line of their statement (a KPI code, or {@code base}), with a reason;
 * open until an admin resolves it with an outcome and an explanation.
 */
public record Dispute(int number, String line, String reason, Act raised, Optional<Resolution> resolution) {

    public static final int TEXT_MAX = 1000;

    /** How and by whom a dispute was closed. */
    public record Resolution(DisputeOutcome outcome, String explanation, Act resolved) {
        public Resolution {
            if (outcome == null || resolved == null) {
                throw new IllegalArgumentException("Outcome and who resolved it are required");
            }
            explanation = requiredText(explanation, "resolution");
        }
    }

    public Dispute {
        if (number < 1 || line == null || line.isBlank() || raised == null || resolution == null) {
            throw new IllegalArgumentException("Number, line, who raised it and its resolution (or none) are required");
        }
        reason = requiredText(reason, "dispute reason");
    }

    public boolean isOpen() {
        return resolution.isEmpty();
    }

    Dispute resolve(Resolution how) {
        return new Dispute(number, line, reason, raised, Optional.of(how));
    }

    private static String requiredText(String text, String what) {
        if (text == null || text.isBlank() || text.strip().length() > TEXT_MAX) {
            throw new IllegalArgumentException("A " + what + " of 1 to " + TEXT_MAX + " characters is required");
        }
        return text.strip();
    }
}
