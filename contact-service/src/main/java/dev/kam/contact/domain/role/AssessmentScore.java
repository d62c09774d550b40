package dev.kam.contact.domain.role;

/** The team's 1..5 rating of a stakeholder's interest or involvement (1 = none, 5 = decisive). */
public record AssessmentScore(int value) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public AssessmentScore {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("An assessment score must be between " + MIN + " and " + MAX);
        }
    }

    public static AssessmentScore of(int value) {
        return new AssessmentScore(value);
    }
}
