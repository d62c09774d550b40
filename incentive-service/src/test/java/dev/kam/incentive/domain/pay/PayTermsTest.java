package dev.kam.incentive.domain.pay;

import static dev.kam.incentive.domain.pay.PlanFixtures.growthKpi;
import static dev.kam.incentive.domain.pay.PlanFixtures.volumeKpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayTermsTest {

    private static final Money TOTAL = Money.of("10000", "EUR");
    private static final Money BASE = Money.of("7000", "EUR");

    @Test
    void theVariablePartIsTheTotalPossibleRewardLessTheBase() {
        assertThat(PlanFixtures.standardTerms().variable()).isEqualTo(Money.of("3000", "EUR"));
    }

    @Test
    void kpiWeightsAddingUpToExactlyOneHundredPercentPass() {
        assertThat(new PayTerms(TOTAL, BASE, List.of(volumeKpi("60.5"), growthKpi("39.5"))).kpis()).hasSize(2);
    }

    @Test
    void kpiWeightsShortOfOneHundredPercentAreRefused() {
        assertThatThrownBy(() -> new PayTerms(TOTAL, BASE, List.of(volumeKpi("60"), growthKpi("39.9"))))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("The KPI weights add up to 99.9%; they must add up to exactly 100%")
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo(PayTerms.KPI_WEIGHTS_RULE);
    }

    @Test
    void kpiWeightsAboveOneHundredPercentAreRefused() {
        assertThatThrownBy(() -> new PayTerms(TOTAL, BASE, List.of(volumeKpi("60"), growthKpi("40.1"))))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aPlanNeedsAtLeastOneKpi() {
        assertThatThrownBy(() -> new PayTerms(TOTAL, BASE, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kpiCodesAreUniqueWithinAPlan() {
        assertThatThrownBy(() -> new PayTerms(TOTAL, BASE, List.of(volumeKpi("50"), volumeKpi("50"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("volume");
    }

    @Test
    void theBaseCannotExceedTheTotal() {
        assertThatThrownBy(() -> new PayTerms(TOTAL, Money.of("10000.01", "EUR"), List.of(volumeKpi("100"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKpiCodeIsAShortLowerCaseKey() {
        assertThatThrownBy(() -> new Kpi("Volume!", "x", volumeKpi("100").measure(), volumeKpi("100").weight(),
                volumeKpi("100").curve())).isInstanceOf(IllegalArgumentException.class);
    }
}
