package dev.kam.incentive.rest;

import dev.kam.incentive.service.bonus.BonusProgramView;
import dev.kam.incentive.service.statement.StatementSummaryView;
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

    @Schema(name = "StatementSummaryPage", description = "One page of statements")
    public record StatementSummaryPage(
            List<StatementSummaryView> items,
            @Schema(description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "BonusProgramPage", description = "One page of retention bonus programmes")
    public record BonusProgramPage(
            List<BonusProgramView> items,
            @Schema(description = NEXT_CURSOR) String nextCursor) {
    }
}
