package dev.kam.contact.domain.role;

/**
 * Places a stakeholder on the buying-centre matrix: high interest and high involvement make a LEADER,
 * high interest alone a SPECIFIER, high involvement alone a HELPER, neither a BUTLER. Numeric
 * assessments count as HIGH from {@link #highFrom()} upwards (by default 3, the middle of 1..5, so a
 * "neutral" rating is read as high rather than letting a key person slip to BUTLER).
 */
public record RoleClassifier(int highFrom) {

    public static final int DEFAULT_HIGH_FROM = 3;

    public RoleClassifier {
        // 1 or 6 would make one level unreachable and the matrix collapse to one row or column
        if (highFrom <= AssessmentScore.MIN || highFrom > AssessmentScore.MAX) {
            throw new IllegalArgumentException("The HIGH threshold must be between "
                    + (AssessmentScore.MIN + 1) + " and " + AssessmentScore.MAX);
        }
    }

    public static RoleClassifier withDefaultThreshold() {
        return new RoleClassifier(DEFAULT_HIGH_FROM);
    }

    public BuyingCentreRole classify(Level interest, Level involvement) {
        if (interest == null || involvement == null) {
            throw new IllegalArgumentException("Both interest and involvement are required");
        }
        if (interest == Level.HIGH) {
            return involvement == Level.HIGH ? BuyingCentreRole.LEADER : BuyingCentreRole.SPECIFIER;
        }
        return involvement == Level.HIGH ? BuyingCentreRole.HELPER : BuyingCentreRole.BUTLER;
    }

    public BuyingCentreRole classify(AssessmentScore interest, AssessmentScore involvement) {
        if (interest == null || involvement == null) {
            throw new IllegalArgumentException("Both interest and involvement are required");
        }
        return classify(levelOf(interest), levelOf(involvement));
    }

    public Level levelOf(AssessmentScore score) {
        if (score == null) {
            throw new IllegalArgumentException("Score is required");
        }
        return score.value() >= highFrom ? Level.HIGH : Level.LOW;
    }
}
