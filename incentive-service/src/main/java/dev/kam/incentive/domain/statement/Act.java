package dev.kam.incentive.domain.statement;

import dev.kam.kernel.UserId;
import java.time.Instant;

/** Who did something to a statement, and when. */
public record Act(UserId by, Instant at) {

    public Act {
        if (by == null || at == null) {
            throw new IllegalArgumentException("Who acted and when are required");
        }
    }
}
