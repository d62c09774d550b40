package dev.kam.contact.domain.brief;

import dev.kam.contact.domain.StakeholderId;
import java.util.Optional;

/** A warning on the negotiation brief; the stakeholder is set when it is about one person. */
public record BriefWarning(BriefWarningCode code, Optional<StakeholderId> stakeholder, String text) {

    public BriefWarning {
        if (code == null || stakeholder == null) {
            throw new IllegalArgumentException("Code and stakeholder (possibly empty) are required");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A warning needs its text");
        }
    }

    static BriefWarning of(BriefWarningCode code, String text) {
        return new BriefWarning(code, Optional.empty(), text);
    }

    static BriefWarning about(StakeholderId stakeholder, BriefWarningCode code, String text) {
        return new BriefWarning(code, Optional.of(stakeholder), text);
    }
}
