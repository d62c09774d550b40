package dev.kam.incentive.domain.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.Percentage;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadModelTest {

    private static final AccountId ACCOUNT = AccountId.of("8d0c2b3e-55f1-4c34-9a57-1f1f6a6d2a01");
    private static final WorkloadModel MODEL = WorkloadModel.defaults();

    private static AssignmentProfile heaviest() {
        return new AssignmentProfile(ACCOUNT, FactorRating.of(5), 500, PurchasingCentralisation.DECENTRALISED, 15,
                FactorRating.of(5), Percentage.of("70"), FactorRating.of(5), SupportStaff.NONE);
    }

    private static AssignmentProfile lightest() {
        return new AssignmentProfile(ACCOUNT, FactorRating.of(1), 5, PurchasingCentralisation.CENTRALISED, 1,
                FactorRating.of(1), Percentage.of("99"), FactorRating.of(1), SupportStaff.DEDICATED);
    }

    @Test
    void anOrdinaryAccountServedByAProfessionalIsExactlyOneUnit() {
        AssignmentWorkload workload = MODEL.assess(AssignmentProfile.ordinary(ACCOUNT), ProfessionalismLevel.PROFESSIONAL);
        assertThat(workload.units()).isEqualByComparingTo("1.000");
        assertThat(workload.contributions()).allSatisfy(c -> assertThat(c.burden()).isEqualTo(Burden.ORDINARY));
    }

    @Test
    void everyNineFactorsContributionIsShown() {
        AssignmentWorkload workload = MODEL.assess(heaviest(), ProfessionalismLevel.JUNIOR);
        assertThat(workload.contributions()).extracting(FactorContribution::factor)
                .containsExactly(WorkloadFactor.values());
    }

    @Test
    void aContributionIsWeightTimesBurdenOverThree() {
        AssignmentWorkload workload = MODEL.assess(heaviest(), ProfessionalismLevel.JUNIOR);
        // 15 % x 5 / 3 = 0.25; 20 % x 5 / 3 = 0.3333 -> 0.333; 5 % x 5 / 3 = 0.0833 -> 0.083
        assertThat(workload.contributionOf(WorkloadFactor.CLIENT_POTENTIAL).units()).isEqualByComparingTo("0.250");
        assertThat(workload.contributionOf(WorkloadFactor.PROFESSIONALISM).units()).isEqualByComparingTo("0.333");
        assertThat(workload.contributionOf(WorkloadFactor.SUPPORT_STAFF).units()).isEqualByComparingTo("0.083");
    }

    @Test
    void theWorkloadIsTheSumOfTheShownContributions() {
        // 0.250 + 0.333 + 0.167 + 0.167 + 0.250 + 0.167 + 0.167 + 0.083 + 0.083
        assertThat(MODEL.assess(heaviest(), ProfessionalismLevel.JUNIOR).units()).isEqualByComparingTo("1.667");
    }

    @Test
    void theLightestAccountIsAThirdOfAUnitForAnExpert() {
        // every burden 1: each contribution is weight / 3, rounded to three decimals
        assertThat(MODEL.assess(lightest(), ProfessionalismLevel.EXPERT).units()).isEqualByComparingTo("0.333");
    }

    @Test
    void theSameAccountIsLessWorkForAMoreProfessionalEmployee() {
        AssignmentProfile account = AssignmentProfile.ordinary(ACCOUNT);
        assertThat(MODEL.assess(account, ProfessionalismLevel.JUNIOR).units()).isEqualByComparingTo("1.133");
        assertThat(MODEL.assess(account, ProfessionalismLevel.SENIOR).units()).isEqualByComparingTo("0.933");
        assertThat(MODEL.assess(account, ProfessionalismLevel.EXPERT).units()).isEqualByComparingTo("0.867");
    }

    @Test
    void aContributionExplainsTheInputTheBurdenAndTheWeight() {
        AssignmentProfile nearby = new AssignmentProfile(ACCOUNT, FactorRating.of(3), 12, PurchasingCentralisation.MIXED,
                6, FactorRating.of(3), Percentage.of("92"), FactorRating.of(3), SupportStaff.SHARED);
        FactorContribution distance = MODEL.assess(nearby, ProfessionalismLevel.PROFESSIONAL)
                .contributionOf(WorkloadFactor.DISTANCE);
        assertThat(distance.explanation())
                .isEqualTo("distance to the client's offices: 12 km -> burden 2 x weight 10.0% = 0.067 units");
    }

    @Test
    void theWorkloadNamesTheWeightsVersionItUsed() {
        Map<WorkloadFactor, Percentage> weights = new EnumMap<>(WorkloadWeights.defaults().weights());
        weights.put(WorkloadFactor.COMPETITION, Percentage.of("10"));
        weights.put(WorkloadFactor.SUPPORT_STAFF, Percentage.ZERO);
        WorkloadModel revised = new WorkloadModel(new WorkloadWeights(2, weights), FactorScales.defaults());
        AssignmentWorkload workload = revised.assess(heaviest(), ProfessionalismLevel.JUNIOR);
        assertThat(workload.weightsVersion()).isEqualTo(2);
        assertThat(workload.contributionOf(WorkloadFactor.SUPPORT_STAFF).units()).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
