package dev.kam.incentive.domain.competency;

import dev.kam.kernel.BoundedText;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.UserId;
import java.time.LocalDate;
import java.util.Collection;

/** A step in an employee's career: the position taken up and from when. Steps are recorded in order. */
public record CareerStep(UserId employee, String position, LocalDate effectiveOn, String note) {

    public static final int POSITION_MAX = 120;
    public static final int NOTE_MAX = 500;
    public static final String ORDER_RULE = "career-step-order";

    public CareerStep {
        if (employee == null || effectiveOn == null) {
            throw new IllegalArgumentException("The employee and the date are required");
        }
        position = BoundedText.required(position, "position", POSITION_MAX);
        note = note == null ? null : BoundedText.required(note, "note", NOTE_MAX);
    }

    /** A career is a history, not a draft: a step dated before the latest one would rewrite it. */
    public void requireAfter(Collection<CareerStep> earlier) {
        earlier.stream().map(CareerStep::effectiveOn).max(LocalDate::compareTo)
                .filter(latest -> effectiveOn.isBefore(latest))
                .ifPresent(latest -> {
                    throw new DomainRuleViolation(ORDER_RULE, "A career step on " + effectiveOn
                            + " would come before the latest one, on " + latest + "; steps are recorded in order");
                });
    }
}
