package dev.kam.account.domain.status;

import static dev.kam.account.domain.status.AccountStatus.AT_RISK;
import static dev.kam.account.domain.status.AccountStatus.DORMANT;
import static dev.kam.account.domain.status.AccountStatus.KEY;
import static dev.kam.account.domain.status.AccountStatus.LOST;
import static dev.kam.account.domain.status.AccountStatus.PROSPECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.account.domain.health.CauseCode;
import dev.kam.kernel.DomainRuleViolation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusTransitionPolicyTest {

    private static final LossReview REVIEW = new LossReview(
            List.of(LossCause.of(CauseCode.KEY_PERSON_LEFT)), "Build relationships beyond the purchasing head");

    private final StatusTransitionPolicy policy = new StatusTransitionPolicy();

    @Test
    void aProspectCanBecomeKeyOrLostOnly() {
        assertThat(policy.allowedFrom(PROSPECT)).containsExactlyInAnyOrder(KEY, LOST);
    }

    @Test
    void keyAtRiskAndDormantMoveAmongThemselvesAndCanBeLost() {
        assertThat(policy.allowedFrom(KEY)).containsExactlyInAnyOrder(AT_RISK, DORMANT, LOST);
        assertThat(policy.allowedFrom(AT_RISK)).containsExactlyInAnyOrder(KEY, DORMANT, LOST);
        assertThat(policy.allowedFrom(DORMANT)).containsExactlyInAnyOrder(KEY, AT_RISK, LOST);
    }

    @Test
    void aLostAccountCanOnlyBeWonBackAsAProspect() {
        assertThat(policy.allowedFrom(LOST)).containsExactly(PROSPECT);
    }

    @Test
    void aConvertedProspectBecomesKeyAndLosesItsMarketPosition() {
        StatusChanged changed = policy.change(PROSPECT, StatusChangeRequest.to(KEY));

        assertThat(changed.previous()).isEqualTo(PROSPECT);
        assertThat(changed.status()).isEqualTo(KEY);
        assertThat(changed.marketPosition()).isEmpty();
        assertThat(changed.lossReview()).isEmpty();
    }

    @Test
    void markingAnAccountLostWithoutALossReviewIsRefused() {
        assertThatThrownBy(() -> policy.change(KEY, StatusChangeRequest.to(LOST)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("loss review")
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("loss-review-required");
    }

    @Test
    void markingAnAccountLostWithAReviewKeepsTheReview() {
        StatusChanged changed = policy.change(AT_RISK, StatusChangeRequest.toLost(REVIEW));

        assertThat(changed.status()).isEqualTo(LOST);
        assertThat(changed.lossReview()).contains(REVIEW);
    }

    @Test
    void aLossReviewOnAnyOtherChangeIsRefused() {
        StatusChangeRequest request = new StatusChangeRequest(AT_RISK, Optional.empty(), Optional.of(REVIEW));
        assertThatThrownBy(() -> policy.change(KEY, request))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("loss-review-lost-only");
    }

    @Test
    void winningBackALostAccountNeedsAMarketPosition() {
        assertThatThrownBy(() -> policy.change(LOST, StatusChangeRequest.to(PROSPECT)))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("market-position-required");
    }

    @Test
    void aWonBackAccountIsAProspectCapturedByTheCompetitorNamed() {
        StatusChanged changed = policy.change(LOST,
                StatusChangeRequest.toProspect(MarketPosition.capturedBy("Rival AG")));

        assertThat(changed.status()).isEqualTo(PROSPECT);
        assertThat(changed.marketPosition()).contains(MarketPosition.capturedBy("Rival AG"));
    }

    @Test
    void aMarketPositionOnANonProspectChangeIsRefused() {
        StatusChangeRequest request = new StatusChangeRequest(KEY, Optional.of(MarketPosition.independent()),
                Optional.empty());
        assertThatThrownBy(() -> policy.change(PROSPECT, request))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("market-position-prospect-only");
    }

    @Test
    void aKeyClientCannotGoBackToBeingAProspect() {
        assertThatThrownBy(() -> policy.change(KEY, StatusChangeRequest.toProspect(MarketPosition.independent())))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("KEY to PROSPECT")
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("status-transition-not-allowed");
    }

    @Test
    void aProspectCannotBeAtRiskOrDormant() {
        assertThat(policy.allows(PROSPECT, AT_RISK)).isFalse();
        assertThat(policy.allows(PROSPECT, DORMANT)).isFalse();
    }

    @Test
    void aLostAccountCannotBecomeKeyDirectly() {
        assertThatThrownBy(() -> policy.change(LOST, StatusChangeRequest.to(KEY)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("allowed: PROSPECT");
    }

    @Test
    void askingForTheCurrentStatusIsRefused() {
        assertThatThrownBy(() -> policy.change(KEY, StatusChangeRequest.to(KEY)))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("status-unchanged");
    }

    @Test
    void aProspectMayChangeItsMarketStateWhileStayingAProspect() {
        MarketPosition captured = MarketPosition.capturedBy("Rival AG");
        assertThat(policy.reposition(PROSPECT, captured)).isEqualTo(captured);
    }

    @Test
    void onlyAProspectHasAMarketPositionToChange() {
        assertThatThrownBy(() -> policy.reposition(KEY, MarketPosition.independent()))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("market-position-prospect-only");
    }

    @Test
    void aMissingStatusOrRequestIsMalformedInput() {
        assertThatThrownBy(() -> policy.change(null, StatusChangeRequest.to(KEY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.change(KEY, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
