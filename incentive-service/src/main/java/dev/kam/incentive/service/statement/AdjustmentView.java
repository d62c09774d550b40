package dev.kam.incentive.service.statement;

import dev.kam.plumbing.json.MoneyBody;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A correction made after approval: a separate entry with its reason, never an edit of the figures. */
@Schema(name = "StatementAdjustment")
public record AdjustmentView(
        int number,
        @Schema(description = "Positive pays more, negative pays less") MoneyBody amount,
        String reason,
        @Schema(description = "User id of the compensation-admin who made it") String madeBy,
        Instant madeAt) {
}
