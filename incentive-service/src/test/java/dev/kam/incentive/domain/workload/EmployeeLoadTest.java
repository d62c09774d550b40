package dev.kam.incentive.domain.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.Percentage;
import dev.kam.kernel.UserId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmployeeLoadTest {

    private static final UserId KAM = UserId.of("kam-anna");
    private static final WorkloadModel MODEL = WorkloadModel.defaults();
    private static final OverloadDetection DETECTION = new OverloadDetection(CapacityNorm.defaults());

    private static List<AssignmentWorkload> ordinaryAccounts(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> MODEL.assess(AssignmentProfile.ordinary(AccountId.newId()), ProfessionalismLevel.PROFESSIONAL))
                .toList();
    }

    private static EmployeeLoad load(int accounts, String capacity) {
        return new EmployeeLoad(KAM, ordinaryAccounts(accounts), new BigDecimal(capacity));
    }

    @Test
    void theLoadIsTheSumOfTheAccountsWorkloads() {
        EmployeeLoad load = load(6, "8.000");
        assertThat(load.load()).isEqualByComparingTo("6.000");
        assertThat(load.headroom()).isEqualByComparingTo("2.000");
        assertThat(load.utilisation()).isEqualTo(Percentage.of("75"));
    }

    @Test
    void aFullTimeEmployeeCarriesTheNormAndAPartTimerTheirShare() {
        assertThat(CapacityNorm.defaults().capacityAt(Percentage.of("100"))).isEqualByComparingTo("8.000");
        assertThat(CapacityNorm.defaults().capacityAt(Percentage.of("50"))).isEqualByComparingTo("4.000");
    }

    @Test
    void workingTimeMustBeMoreThanNothingAndAtMostFullTime() {
        assertThatThrownBy(() -> CapacityNorm.defaults().capacityAt(Percentage.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CapacityNorm.defaults().capacityAt(Percentage.of("100.1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLoadExactlyAtCapacityIsNoOverload() {
        assertThat(DETECTION.check(load(8, "8.000"))).isEmpty();
    }

    @Test
    void aLoadOneThousandthAboveCapacityIsAnOverload() {
        assertThat(DETECTION.check(load(8, "7.999"))).isPresent();
    }

    @Test
    void anOverloadAlertSaysByHowMuchAndNamesTheHeaviestAccounts() {
        List<AssignmentWorkload> accounts = new ArrayList<>(ordinaryAccounts(8));
        AssignmentWorkload heavy = MODEL.assess(new AssignmentProfile(AccountId.newId(), FactorRating.of(5), 500,
                PurchasingCentralisation.DECENTRALISED, 15, FactorRating.of(5), Percentage.of("70"), FactorRating.of(5),
                SupportStaff.NONE), ProfessionalismLevel.PROFESSIONAL);
        accounts.add(heavy);
        OverloadAlert alert = DETECTION.check(new EmployeeLoad(KAM, accounts, new BigDecimal("8.000"))).orElseThrow();
        // heavy: 1.667 - (0.333 - 0.200) for a PROFESSIONAL = 1.534
        assertThat(alert.load()).isEqualByComparingTo("9.534");
        assertThat(alert.excess()).isEqualByComparingTo("1.534");
        assertThat(alert.heaviestAccounts()).hasSize(OverloadDetection.NAMED_ACCOUNTS).first().isEqualTo(heavy.account());
        assertThat(alert.explanation()).isEqualTo("Load 9.534 units is 119.2% of capacity, 1.534 units above the 8.000 allowed");
    }

    @Test
    void aToleranceAboveOneHundredPercentMovesTheOverloadLine() {
        OverloadDetection tolerant = new OverloadDetection(new CapacityNorm(new BigDecimal("8.000"), Percentage.of("112.5")));
        assertThat(tolerant.check(load(9, "8.000"))).isEmpty();
        assertThat(tolerant.check(load(10, "8.000"))).isPresent();
    }

    @Test
    void anAccountCountsOnceInALoad() {
        AssignmentWorkload one = ordinaryAccounts(1).get(0);
        assertThatThrownBy(() -> new EmployeeLoad(KAM, List.of(one, one), new BigDecimal("8")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
