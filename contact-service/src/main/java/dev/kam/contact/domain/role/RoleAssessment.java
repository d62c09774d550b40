package dev.kam.contact.domain.role;

import dev.kam.kernel.BoundedText;
import java.util.Optional;

/**
 * One judgement of a person's interest and involvement (1..5 each) and why; the role follows from
 * the {@link RoleClassifier}, unless an override with its own reason says otherwise.
 */
public record RoleAssessment(AssessmentScore interest, AssessmentScore involvement, String reason,
        Optional<RoleOverride> override) {

    public static final int MAX_REASON_LENGTH = 1000;

    public RoleAssessment {
        if (interest == null || involvement == null) {
            throw new IllegalArgumentException("Both interest and involvement are required");
        }
        reason = BoundedText.required(reason, "reason", MAX_REASON_LENGTH);
        if (override == null) {
            throw new IllegalArgumentException("Override must be given, even if empty");
        }
    }

    /** The quadrant the scores put the person in. */
    public BuyingCentreRole classifiedRole(RoleClassifier classifier) {
        return classifier.classify(interest, involvement);
    }

    /** The role the team works with: the override's when there is one, else the classified one. */
    public BuyingCentreRole role(RoleClassifier classifier) {
        return override.map(RoleOverride::role).orElseGet(() -> classifiedRole(classifier));
    }
}
