package dev.kam.account.domain.status;

import java.util.Optional;

/**
 * A prospect's market state, with the competitor named when the prospect is captured. Only
 * prospects have one (see {@link StatusTransitionPolicy}).
 */
public record MarketPosition(MarketState state, Optional<String> competitor) {

    public static final int MAX_COMPETITOR_LENGTH = 200;

    public MarketPosition {
        if (state == null) {
            throw new IllegalArgumentException("Market state is required");
        }
        if (competitor == null) {
            throw new IllegalArgumentException("Competitor must be given or explicitly empty");
        }
        competitor = competitor.map(String::strip).filter(name -> !name.isEmpty());
        if (state == MarketState.CAPTURED_BY_COMPETITOR && competitor.isEmpty()) {
            throw new IllegalArgumentException("A captured prospect needs the competitor's name");
        }
        if (state == MarketState.INDEPENDENT && competitor.isPresent()) {
            throw new IllegalArgumentException("An independent prospect is not tied to a competitor");
        }
        if (competitor.map(String::length).orElse(0) > MAX_COMPETITOR_LENGTH) {
            throw new IllegalArgumentException(
                    "Competitor name must be at most " + MAX_COMPETITOR_LENGTH + " characters");
        }
    }

    public static MarketPosition independent() {
        return new MarketPosition(MarketState.INDEPENDENT, Optional.empty());
    }

    public static MarketPosition capturedBy(String competitor) {
        return new MarketPosition(MarketState.CAPTURED_BY_COMPETITOR, Optional.ofNullable(competitor));
    }
}
