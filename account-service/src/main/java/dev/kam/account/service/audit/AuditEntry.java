package dev.kam.account.service.audit;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change to a dossier: who made it, when, and what changed. */
@Schema(description = "One change to a dossier")
public record AuditEntry(
        long id,
        @Schema(description = "Keycloak user id of who made the change") String actorId,
        Instant at,
        @Schema(description = "What was done, e.g. REGISTERED, PROFILE_CHANGED, STATUS_CHANGED, MEMBER_ADDED")
        String action,
        @Schema(description = "What changed: field names to their new values") Map<String, Object> changes) {
}
