package dev.kam.contact.rest;

import dev.kam.contact.service.profile.ProfileAuditView;
import dev.kam.contact.service.role.AssessmentView;
import dev.kam.contact.service.role.PurchaseDecisionView;
import dev.kam.contact.service.stakeholder.StakeholderView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The concrete shapes of the generic {@code Page<T>} answers, for the OpenAPI document only. */
public final class PageSchemas {

    private static final String NEXT_CURSOR = "Pass back as `cursor` for the next page; absent on the last page";

    private PageSchemas() {
    }

    @Schema(name = "StakeholderPage", description = "One page of stakeholders")
    public record StakeholderPage(List<StakeholderView> items, @Schema(description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "AssessmentPage", description = "One page of role assessments, newest first")
    public record AssessmentPage(List<AssessmentView> items, @Schema(description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "PurchaseDecisionPage", description = "One page of purchase decisions")
    public record PurchaseDecisionPage(List<PurchaseDecisionView> items,
            @Schema(description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "ProfileAuditPage", description = "One page of profile audit entries, newest first")
    public record ProfileAuditPage(List<ProfileAuditView> items,
            @Schema(description = NEXT_CURSOR) String nextCursor) {
    }
}
