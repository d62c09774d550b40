package dev.kam.incentive.domain.competency;

import dev.kam.kernel.BoundedText;
import dev.kam.kernel.UserId;
import java.time.LocalDate;
import java.util.Optional;

/** A training an employee completed, and the competency it built when it was aimed at one. */
public record TrainingRecord(UserId employee, String title, Optional<Competency> competency, LocalDate completedOn) {

    public static final int TITLE_MAX = 200;

    public TrainingRecord {
        if (employee == null || completedOn == null || competency == null) {
            throw new IllegalArgumentException("The employee and the completion date are required");
        }
        title = BoundedText.required(title, "title", TITLE_MAX);
    }
}
