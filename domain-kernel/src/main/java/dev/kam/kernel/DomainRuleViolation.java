package dev.kam.kernel;

import java.util.Objects;
import java.util.Optional;

/**
 * A well-formed request that a business rule forbids (the service answers 422). Malformed input is
 * an {@link IllegalArgumentException} instead (400). The message is written for the person who asked
 * and never contains personal data; {@link #rule()} is a stable code for problem details.
 */
public final class DomainRuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public DomainRuleViolation(String rule, String message) {
        this(rule, message, null);
    }

    /**
     * @param field the one input the rule is about, as the request names it (e.g. {@code employeeId}),
     *              so that a client can show the refusal next to that field; null when the rule is about
     *              several things or none the caller sent
     */
    public DomainRuleViolation(String rule, String message, String field) {
        super(Objects.requireNonNull(message, "message"));
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("A rule violation needs a rule code");
        }
        this.rule = rule;
        this.field = field;
    }

    /** The input the rule is about, when it is about one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** Stable kebab-case code of the broken rule, e.g. {@code loss-review-required}. */
    public String rule() {
        return rule;
    }
}
