package dev.kam.contact.domain.coverage;

import dev.kam.contact.domain.StakeholderId;
import java.util.Optional;

/**
 * One way our team fails to cover the buying centre, with an explanation a person can act on. The
 * stakeholder is set only for gaps about one person; the text never names anyone.
 */
public record CoverageGap(CoverageGapCode code, Optional<StakeholderId> stakeholder, String explanation) {

    public CoverageGap {
        if (code == null) {
            throw new IllegalArgumentException("Gap code is required");
        }
        if (stakeholder == null) {
            throw new IllegalArgumentException("Stakeholder must be given, even if empty");
        }
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("A gap needs an explanation");
        }
    }

    static CoverageGap of(CoverageGapCode code, String explanation) {
        return new CoverageGap(code, Optional.empty(), explanation);
    }

    static CoverageGap about(StakeholderId stakeholder, CoverageGapCode code, String explanation) {
        return new CoverageGap(code, Optional.of(stakeholder), explanation);
    }
}
