package dev.kam.incentive.service.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded change, with the state before (null when created) and after. */
@Schema(name = "AuditEntry", description = "Who changed what, when, and how it looked before and after")
public record AuditEntryView(
        UUID id,
        @Schema(description = "EMPLOYEE or PAY_PLAN") String subjectType,
        String subjectId,
        @Schema(description = "What was done, e.g. PLAN_STARTED, DRAFT_AMENDED, PUT_IN_FORCE") String action,
        @Schema(description = "User id of whoever did it") String actor,
        Instant at,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "The state before; null when created") JsonNode before,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "The state after") JsonNode after) {
}
