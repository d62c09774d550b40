package dev.kam.account.domain.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarketPositionTest {

    @Test
    void anIndependentProspectNamesNoCompetitor() {
        assertThat(MarketPosition.independent().competitor()).isEmpty();
        assertThatThrownBy(() -> new MarketPosition(MarketState.INDEPENDENT, Optional.of("Rival AG")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCapturedProspectNeedsTheCompetitorsName() {
        assertThatThrownBy(() -> MarketPosition.capturedBy(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("competitor");
        assertThatThrownBy(() -> MarketPosition.capturedBy("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCompetitorsNameIsTrimmed() {
        assertThat(MarketPosition.capturedBy("  Rival AG ").competitor()).contains("Rival AG");
    }

    @Test
    void theCompetitorsNameIsBounded() {
        String longest = "x".repeat(MarketPosition.MAX_COMPETITOR_LENGTH);
        assertThat(MarketPosition.capturedBy(longest).competitor()).contains(longest);
        assertThatThrownBy(() -> MarketPosition.capturedBy(longest + "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
