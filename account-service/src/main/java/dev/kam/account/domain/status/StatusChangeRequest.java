package dev.kam.account.domain.status;

import java.util.Optional;

/**
 * What someone asks for when changing an account's status: the target, plus the market position
 * (needed to become a PROSPECT) or the loss review (needed to become LOST).
 */
public record StatusChangeRequest(
        AccountStatus target,
        Optional<MarketPosition> marketPosition,
        Optional<LossReview> lossReview) {

    public StatusChangeRequest {
        if (target == null) {
            throw new IllegalArgumentException("Target status is required");
        }
        if (marketPosition == null || lossReview == null) {
            throw new IllegalArgumentException("Market position and loss review must be given or explicitly empty");
        }
    }

    public static StatusChangeRequest to(AccountStatus target) {
        return new StatusChangeRequest(target, Optional.empty(), Optional.empty());
    }

    public static StatusChangeRequest toProspect(MarketPosition position) {
        return new StatusChangeRequest(AccountStatus.PROSPECT, Optional.ofNullable(position), Optional.empty());
    }

    public static StatusChangeRequest toLost(LossReview review) {
        return new StatusChangeRequest(AccountStatus.LOST, Optional.empty(), Optional.ofNullable(review));
    }
}
