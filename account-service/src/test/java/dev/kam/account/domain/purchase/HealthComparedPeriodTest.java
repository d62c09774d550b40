package dev.kam.account.domain.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.Money;
import dev.kam.kernel.period.Period;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthComparedPeriodTest {

    private static final LocalDate MID_MAY_2026 = LocalDate.of(2026, 5, 15);

    @Test
    void theLatestPeriodThatIsOverIsJudged() {
        List<PurchaseVolume> history = volumes(Period.quarter(2025, 4), Period.quarter(2026, 1));

        assertThat(HealthComparedPeriod.in(history, MID_MAY_2026)).contains(Period.quarter(2026, 1));
    }

    @Test
    void aRunningPeriodIsNotJudgedBecauseItIsStillFillingUp() {
        List<PurchaseVolume> history = volumes(Period.quarter(2026, 1), Period.quarter(2026, 2), Period.year(2026));

        assertThat(HealthComparedPeriod.in(history, MID_MAY_2026)).contains(Period.quarter(2026, 1));
    }

    @Test
    void aPeriodIsOverOnTheDayAfterItsLastDay() {
        List<PurchaseVolume> history = volumes(Period.quarter(2026, 1));

        assertThat(HealthComparedPeriod.in(history, LocalDate.of(2026, 3, 31))).isEmpty();
        assertThat(HealthComparedPeriod.in(history, LocalDate.of(2026, 4, 1))).contains(Period.quarter(2026, 1));
    }

    @Test
    void ofPeriodsEndingTogetherTheShortestIsJudgedBecauseItShowsAChangeFirst() {
        List<PurchaseVolume> history = volumes(Period.year(2025), Period.half(2025, 2), Period.quarter(2025, 4),
                Period.month(2025, 12));

        assertThat(HealthComparedPeriod.in(history, MID_MAY_2026)).contains(Period.month(2025, 12));
    }

    @Test
    void aLaterEndingPeriodWinsOverAShorterEarlierOne() {
        List<PurchaseVolume> history = volumes(Period.month(2025, 11), Period.quarter(2025, 4));

        assertThat(HealthComparedPeriod.in(history, MID_MAY_2026)).contains(Period.quarter(2025, 4));
    }

    @Test
    void withoutAnyCompletePeriodThereIsNothingToJudge() {
        assertThat(HealthComparedPeriod.in(List.of(), MID_MAY_2026)).isEmpty();
        assertThatThrownBy(() -> HealthComparedPeriod.in(null, MID_MAY_2026))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<PurchaseVolume> volumes(Period... periods) {
        return Arrays.stream(periods).map(period -> PurchaseVolume.of(period, Money.of("100.00", "EUR")))
                .toList();
    }
}
