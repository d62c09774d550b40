package dev.kam.kernel;

import java.util.Objects;

/**
 * A well-formed request that a business rule forbids (the service answers 422). Malformed input is
 * an {@link IllegalArgumentException} instead (400). The message is written for the person who asked
 * and never contains personal data; {@link #rule()} is a stable code for problem details.
 */
public final class DomainRuleViolation extends RuntimeException {

    private final String rule;

    public DomainRuleViolation(String rule, String message) {
        super(Objects.requireNonNull(message, "message"));
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("A rule violation needs a rule code");
        }
        this.rule = rule;
    }

    /** Stable kebab-case code of the broken rule, e.g. {@code loss-review-required}. */
    public String rule() {
        return rule;
    }
}
