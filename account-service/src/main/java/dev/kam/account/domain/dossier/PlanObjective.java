package dev.kam.account.domain.dossier;

import dev.kam.kernel.BoundedText;
import dev.kam.kernel.DomainRuleViolation;
import java.util.Optional;

/**
 * An objective of an account's retention and loyalty plan, carried out through its actions. A plan
 * is kept short enough to be read and followed: a plan nobody can take in retains nobody.
 */
public record PlanObjective(String title, Optional<String> description) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    public static final int MAX_OBJECTIVES_PER_PLAN = 20;
    public static final int MAX_ACTIONS_PER_OBJECTIVE = 30;

    public PlanObjective {
        if (description == null) {
            throw new IllegalArgumentException("Description must be given or explicitly empty");
        }
        title = BoundedText.required(title, "title", MAX_TITLE_LENGTH);
        description = BoundedText.optional(description, "description", MAX_DESCRIPTION_LENGTH);
    }

    /** A new objective for a plan that already has {@code existingObjectives}. */
    public static PlanObjective added(String title, Optional<String> description, long existingObjectives) {
        if (existingObjectives >= MAX_OBJECTIVES_PER_PLAN) {
            throw new DomainRuleViolation("plan-objectives-limit",
                    "A retention plan has at most " + MAX_OBJECTIVES_PER_PLAN + " objectives; close or merge some");
        }
        return new PlanObjective(title, description);
    }

    /** Checks there is room for one more action under an objective that has {@code existingActions}. */
    public static void requireRoomForAction(long existingActions) {
        if (existingActions >= MAX_ACTIONS_PER_OBJECTIVE) {
            throw new DomainRuleViolation("plan-actions-limit",
                    "An objective has at most " + MAX_ACTIONS_PER_OBJECTIVE + " actions; split the objective");
        }
    }
}
