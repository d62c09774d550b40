package dev.kam.incentive.domain.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.Percentage;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadWeightsTest {

    private static Map<WorkloadFactor, Percentage> defaultWeights() {
        return new EnumMap<>(WorkloadWeights.defaults().weights());
    }

    @Test
    void theDefaultWeightsAreVersionOneAndCoverAllNineFactors() {
        WorkloadWeights weights = WorkloadWeights.defaults();
        assertThat(weights.version()).isEqualTo(1);
        assertThat(weights.weights()).hasSize(9).containsOnlyKeys(WorkloadFactor.values());
    }

    @Test
    void weightsMustAddUpToExactlyOneHundredPercent() {
        Map<WorkloadFactor, Percentage> weights = defaultWeights();
        weights.put(WorkloadFactor.COMPETITION, Percentage.of("5.1"));
        assertThatThrownBy(() -> new WorkloadWeights(2, weights))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100.1");
    }

    @Test
    void everyFactorNeedsAWeight() {
        Map<WorkloadFactor, Percentage> weights = defaultWeights();
        weights.remove(WorkloadFactor.SUPPORT_STAFF);
        weights.put(WorkloadFactor.COMPETITION, Percentage.of("10"));
        assertThatThrownBy(() -> new WorkloadWeights(2, weights))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SUPPORT_STAFF");
    }

    @Test
    void aWeightOfZeroSwitchesAFactorOff() {
        Map<WorkloadFactor, Percentage> weights = defaultWeights();
        weights.put(WorkloadFactor.COMPETITION, Percentage.ZERO);
        weights.put(WorkloadFactor.SUPPORT_STAFF, Percentage.of("10"));
        assertThat(new WorkloadWeights(2, weights).of(WorkloadFactor.COMPETITION)).isEqualTo(Percentage.ZERO);
    }

    @Test
    void aNegativeWeightIsRefused() {
        Map<WorkloadFactor, Percentage> weights = defaultWeights();
        weights.put(WorkloadFactor.COMPETITION, Percentage.of("-5"));
        weights.put(WorkloadFactor.SUPPORT_STAFF, Percentage.of("15"));
        assertThatThrownBy(() -> new WorkloadWeights(2, weights)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void versionsStartAtOne() {
        assertThatThrownBy(() -> new WorkloadWeights(0, defaultWeights())).isInstanceOf(IllegalArgumentException.class);
    }
}
