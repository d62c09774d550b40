package dev.kam.account.domain.status;

import java.util.Optional;

/**
 * The fact that an account moved from one status to another, with the market position it now has
 * (present only for PROSPECT; empty means "clear it") and the loss review (present only for LOST).
 */
public record StatusChanged(
        AccountStatus previous,
        AccountStatus status,
        Optional<MarketPosition> marketPosition,
        Optional<LossReview> lossReview) {

    public StatusChanged {
        if (previous == null || status == null) {
            throw new IllegalArgumentException("Both previous and new status are required");
        }
        if (marketPosition == null || lossReview == null) {
            throw new IllegalArgumentException("Market position and loss review must be given or explicitly empty");
        }
    }
}
