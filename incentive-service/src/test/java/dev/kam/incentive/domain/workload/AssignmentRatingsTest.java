package dev.kam.incentive.domain.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.Percentage;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssignmentRatingsTest {

    private static final AccountId ACCOUNT = AccountId.newId();
    private static final WorkloadModel MODEL = WorkloadModel.defaults();

    @Test
    void anUnratedAssignmentWithSixClientPeopleIsOneOrdinaryAccount() {
        AssignmentProfile profile = AssignmentRatings.none().profile(ACCOUNT, 6);

        assertThat(MODEL.assess(profile, ProfessionalismLevel.PROFESSIONAL).units()).isEqualByComparingTo("1.000");
    }

    @Test
    void ratedFactorsReplaceTheOrdinaryOnesAndTheOthersStay() {
        AssignmentRatings ratings = new AssignmentRatings(Optional.of(FactorRating.of(5)), Optional.of(500),
                Optional.empty(), Optional.empty(), Optional.of(Percentage.of("70")), Optional.empty(),
                Optional.of(SupportStaff.NONE));

        AssignmentProfile profile = ratings.profile(ACCOUNT, 2);

        assertThat(profile.clientPotential()).isEqualTo(FactorRating.of(5));
        assertThat(profile.distanceKm()).isEqualTo(500);
        assertThat(profile.centralisation()).isEqualTo(PurchasingCentralisation.MIXED);
        assertThat(profile.clientPeople()).isEqualTo(2);
        assertThat(ratings.rates(WorkloadFactor.DISTANCE)).isTrue();
        assertThat(ratings.rates(WorkloadFactor.COMPETITION)).isFalse();
        assertThat(ratings.rates(WorkloadFactor.CLIENT_RELATIONSHIPS)).isFalse();
        assertThat(MODEL.assess(profile, ProfessionalismLevel.PROFESSIONAL).units())
                .isGreaterThan(new BigDecimal("1.000"));
    }

    @Test
    void aNegativeDistanceOrAFulfilmentAboveAHundredIsRefused() {
        assertThatThrownBy(() -> new AssignmentRatings(Optional.empty(), Optional.of(-1), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AssignmentRatings(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Percentage.of("100.1")), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
