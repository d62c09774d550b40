package dev.kam.incentive.domain.competency;

/** How well a person masters one competency, from 1 (beginner) to 5 (could teach it). */
public record CompetencyScore(int value) implements Comparable<CompetencyScore> {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public CompetencyScore {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException(
                    "A competency score must be between " + MIN + " and " + MAX + ": " + value);
        }
    }

    public static CompetencyScore of(int value) {
        return new CompetencyScore(value);
    }

    @Override
    public int compareTo(CompetencyScore other) {
        return Integer.compare(value, other.value);
    }
}
