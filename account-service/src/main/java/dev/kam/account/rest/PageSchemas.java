package dev.kam.account.rest;

import dev.kam.account.service.audit.AuditEntry;
import dev.kam.account.service.dossier.AccountSummary;
import dev.kam.account.service.status.LossReviewView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The concrete shapes of the generic {@code Page<T>} answers, for the OpenAPI document only: a
 * response that carries an example needs its schema named explicitly.
 */
public final class PageSchemas {

    private static final String NEXT_CURSOR = "Pass back as `cursor` for the next page; absent on the last page";

    private PageSchemas() {
    }

    @Schema(name = "AccountSummaryPage", description = "One page of account summaries")
    public record AccountSummaryPage(
            List<AccountSummary> items,
            @Schema(description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "AuditEntryPage", description = "One page of audit entries")
    public record AuditEntryPage(
            List<AuditEntry> items,
            @Schema(description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "LossReviewPage", description = "One page of loss reviews")
    public record LossReviewPage(
            List<LossReviewView> items,
            @Schema(description = NEXT_CURSOR) String nextCursor) {
    }
}
