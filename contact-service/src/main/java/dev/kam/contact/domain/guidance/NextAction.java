package dev.kam.contact.domain.guidance;

import dev.kam.contact.domain.StakeholderId;
import java.util.Optional;

/** Something the team should do now, about the account or one person; the text never names anyone. */
public record NextAction(NextActionCode code, Optional<StakeholderId> stakeholder, String action) {

    public NextAction {
        if (code == null || stakeholder == null) {
            throw new IllegalArgumentException("Code and stakeholder must be given, even if empty");
        }
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("A next action needs its text");
        }
    }

    static NextAction forAccount(NextActionCode code, String action) {
        return new NextAction(code, Optional.empty(), action);
    }

    static NextAction about(StakeholderId stakeholder, NextActionCode code, String action) {
        return new NextAction(code, Optional.of(stakeholder), action);
    }
}
