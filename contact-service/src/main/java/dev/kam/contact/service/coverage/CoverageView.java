package dev.kam.contact.service.coverage;

import java.util.List;
import java.util.UUID;

/**
 * How well our team covers an account's buying centre: the figures of the coverage-changed event,
 * whether one of ours holds every relationship, and the gaps with explanations (ids, never names).
 */
public record CoverageView(UUID accountId, int stakeholderCount, boolean leaderCovered, boolean onlyButlerReachable,
        int relationshipHolders, boolean singleThreaded, List<CoverageGapView> gaps) {

    /** One gap; {@code stakeholderId} only for gaps about one person. */
    public record CoverageGapView(String code, UUID stakeholderId, String explanation) {
    }
}
