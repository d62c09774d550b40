package dev.kam.account.service.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an account was lost and what we learned. */
@Schema(description = "A loss review: the causes of losing an account and the lessons learned")
public record LossReviewView(
        UUID id,
        UUID accountId,
        String accountName,
        @Schema(description = "Causes: cooling cause codes (e.g. KEY_PERSON_LEFT) or free text") List<String> causes,
        String lessons,
        @Schema(description = "Keycloak user id of who marked the account lost") String reviewedBy,
        Instant reviewedAt) {
}
