package dev.kam.account.rest.status;

import dev.kam.account.domain.status.AccountStatus;
import dev.kam.account.domain.status.LossCause;
import dev.kam.account.domain.status.LossReview;
import dev.kam.account.domain.status.MarketPosition;
import dev.kam.account.domain.status.MarketState;
import dev.kam.account.domain.status.StatusChangeRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Move the account to another status; LOST needs a loss review, PROSPECT a market state. */
@Schema(description = "A status change")
public record AccountStatusChangeRequest(
        @Schema(description = "The status to move to") @NotNull AccountStatus status,
        @Schema(description = "Required when the target is PROSPECT (winning a lost client back)")
        MarketState marketState,
        @Schema(description = "The rival a captured prospect is locked into") @Size(max = 200) String competitor,
        @Schema(description = "Required when the target is LOST") @Valid LossReviewBody lossReview) {

    /** Why the account was lost and what we learned. */
    @Schema(description = "A loss review")
    public record LossReviewBody(
            @Schema(description = "Causes: cooling cause codes (e.g. KEY_PERSON_LEFT, PURCHASE_DECLINE) or free text")
            @NotEmpty @Size(max = LossReview.MAX_CAUSES)
            List<@NotBlank @Size(max = LossCause.MAX_LENGTH) String> causes,
            @Schema(description = "The lessons learned, so the same mistakes are not repeated")
            @NotBlank @Size(max = LossReview.MAX_LESSONS_LENGTH) String lessons) {

        LossReview toLossReview() {
            return new LossReview(causes.stream().map(LossCause::described).toList(), lessons);
        }
    }

    StatusChangeRequest toRequest() {
        Optional<MarketPosition> position = marketState == null ? Optional.empty()
                : Optional.of(new MarketPosition(marketState, Optional.ofNullable(competitor)));
        if (marketState == null && competitor != null && !competitor.isBlank()) {
            throw new IllegalArgumentException("A competitor is named only for marketState CAPTURED_BY_COMPETITOR");
        }
        return new StatusChangeRequest(status, position,
                lossReview == null ? Optional.empty() : Optional.of(lossReview.toLossReview()));
    }
}
