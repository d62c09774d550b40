package dev.kam.incentive.domain.competency;

import dev.kam.kernel.BoundedText;
import java.time.LocalDate;

/** One step of a development plan: what is to be done for which competency, by when, and whether it is. */
public record DevelopmentItem(Competency competency, String action, LocalDate dueOn, boolean done) {

    public static final int ACTION_MAX = 300;

    public DevelopmentItem {
        if (competency == null || dueOn == null) {
            throw new IllegalArgumentException("A development item names its competency and due date");
        }
        action = BoundedText.required(action, "action", ACTION_MAX);
    }
}
