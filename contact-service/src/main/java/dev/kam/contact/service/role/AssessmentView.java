package dev.kam.contact.service.role;

import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.repository.RoleAssessmentEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * One assessment: the scores, the role they give, the role the team works with (an override's when
 * {@code overridden}), who assessed, when and why. Reasons are empty once the person's data was erased.
 */
public record AssessmentView(UUID id, UUID stakeholderId, UUID decisionId, int interest, int involvement,
        BuyingCentreRole classifiedRole, BuyingCentreRole role, boolean overridden, String reason,
        String overrideReason, String assessedBy, Instant assessedAt) {

    public static AssessmentView of(RoleAssessmentEntity a) {
        return new AssessmentView(a.id, a.stakeholderId, a.decisionId, a.interest, a.involvement, a.classifiedRole,
                a.role, a.classifiedRole != a.role || a.overrideReason != null, a.reason, a.overrideReason,
                a.assessedBy, a.assessedAt);
    }
}
