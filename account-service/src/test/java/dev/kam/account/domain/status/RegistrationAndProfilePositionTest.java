package dev.kam.account.domain.status;

import static dev.kam.account.domain.status.AccountStatus.KEY;
import static dev.kam.account.domain.status.AccountStatus.PROSPECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.DomainRuleViolation;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The status a new account starts with, and the market position its profile keeps. */
class RegistrationAndProfilePositionTest {

    private final StatusTransitionPolicy policy = new StatusTransitionPolicy();

    @Test
    void aNewAccountStartsAsProspectOrKey() {
        assertThat(policy.allowedAtRegistration()).containsExactlyInAnyOrder(PROSPECT, KEY);
    }

    @Test
    void aNewProspectKeepsItsMarketPosition() {
        MarketPosition captured = MarketPosition.capturedBy("Rival Steel");

        assertThat(policy.atRegistration(PROSPECT, Optional.of(captured))).contains(captured);
    }

    @Test
    void aNewProspectWithoutMarketPositionIsRefused() {
        assertThatThrownBy(() -> policy.atRegistration(PROSPECT, Optional.empty()))
                .isInstanceOf(DomainRuleViolation.class)
                .hasFieldOrPropertyWithValue("rule", "market-position-required");
    }

    @Test
    void aNewKeyAccountHasNoMarketPosition() {
        assertThat(policy.atRegistration(KEY, Optional.empty())).isEmpty();
        assertThatThrownBy(() -> policy.atRegistration(KEY, Optional.of(MarketPosition.independent())))
                .isInstanceOf(DomainRuleViolation.class)
                .hasFieldOrPropertyWithValue("rule", "market-position-prospect-only");
    }

    @ParameterizedTest
    @EnumSource(value = AccountStatus.class, names = {"AT_RISK", "DORMANT", "LOST"})
    void noOtherStatusCanBeTheFirst(AccountStatus status) {
        assertThatThrownBy(() -> policy.atRegistration(status, Optional.empty()))
                .isInstanceOf(DomainRuleViolation.class)
                .hasFieldOrPropertyWithValue("rule", "registration-status-not-allowed");
    }

    @Test
    void aProspectsProfileMustKeepAMarketPosition() {
        assertThat(policy.positionFor(PROSPECT, Optional.of(MarketPosition.independent())))
                .contains(MarketPosition.independent());
        assertThatThrownBy(() -> policy.positionFor(PROSPECT, Optional.empty()))
                .isInstanceOf(DomainRuleViolation.class)
                .hasFieldOrPropertyWithValue("rule", "market-position-required");
    }

    @ParameterizedTest
    @EnumSource(value = AccountStatus.class, names = {"KEY", "AT_RISK", "DORMANT", "LOST"})
    void noOtherAccountsProfileMayCarryAMarketPosition(AccountStatus status) {
        assertThat(policy.positionFor(status, Optional.empty())).isEmpty();
        assertThatThrownBy(() -> policy.positionFor(status, Optional.of(MarketPosition.capturedBy("Rival Steel"))))
                .isInstanceOf(DomainRuleViolation.class)
                .hasFieldOrPropertyWithValue("rule", "market-position-prospect-only");
    }

    @Test
    void aMissingStatusOrPositionIsMalformedInput() {
        assertThatThrownBy(() -> policy.atRegistration(null, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.positionFor(KEY, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
