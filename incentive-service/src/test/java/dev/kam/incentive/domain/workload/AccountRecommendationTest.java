package dev.kam.incentive.domain.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AccountRecommendationTest {

    private static final WorkloadModel MODEL = WorkloadModel.defaults();
    private static final BigDecimal FULL_TIME = CapacityNorm.defaults().unitsPerFullTime();

    private static int accountsFor(ProfessionalismLevel level, BigDecimal capacity) {
        return AccountRecommendation.forEmployee(MODEL, level, capacity).accounts();
    }

    @Test
    void aFullTimeProfessionalHoldsEightOrdinaryAccounts() {
        assertThat(accountsFor(ProfessionalismLevel.PROFESSIONAL, FULL_TIME)).isEqualTo(8);
    }

    @Test
    void aJuniorHoldsFewerBecauseEachAccountIsMoreWorkForThem() {
        // 8.000 / 1.133 = 7.06
        assertThat(accountsFor(ProfessionalismLevel.JUNIOR, FULL_TIME)).isEqualTo(7);
    }

    @Test
    void anExpertHoldsMore() {
        // 8.000 / 0.867 = 9.23
        assertThat(accountsFor(ProfessionalismLevel.EXPERT, FULL_TIME)).isEqualTo(9);
    }

    @Test
    void thePartOfAnAccountLeftOverIsRoundedDown() {
        // 8.000 / 0.933 = 8.57: a ninth account would overload a SENIOR
        assertThat(accountsFor(ProfessionalismLevel.SENIOR, FULL_TIME)).isEqualTo(8);
    }

    @Test
    void aPartTimerHoldsTheirShare() {
        assertThat(accountsFor(ProfessionalismLevel.PROFESSIONAL, new BigDecimal("4.000"))).isEqualTo(4);
    }

    @Test
    void theRecommendationExplainsTheDivision() {
        assertThat(AccountRecommendation.forEmployee(MODEL, ProfessionalismLevel.JUNIOR, FULL_TIME).explanation())
                .isEqualTo("Capacity 8.000 units / 1.133 units per ordinary account for a JUNIOR = 7 accounts (rounded down)");
    }
}
