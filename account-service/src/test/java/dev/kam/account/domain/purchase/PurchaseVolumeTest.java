package dev.kam.account.domain.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.Money;
import dev.kam.kernel.period.Period;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PurchaseVolumeTest {

    @Test
    void aVolumeOfZeroIsAllowed() {
        assertThat(PurchaseVolume.of(Period.year(2026), Money.of("0", "EUR")).amount().isZero()).isTrue();
    }

    @Test
    void aNegativeVolumeIsRefused() {
        assertThatThrownBy(() -> PurchaseVolume.of(Period.year(2026), Money.of("-0.01", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void aQuantityIsOptionalButNeverNegative() {
        assertThat(new PurchaseVolume(Period.year(2026), Money.of("5", "EUR"), Optional.of(BigDecimal.TEN))
                .quantity()).contains(BigDecimal.TEN);
        assertThatThrownBy(() -> new PurchaseVolume(Period.year(2026), Money.of("5", "EUR"),
                Optional.of(new BigDecimal("-1")))).isInstanceOf(IllegalArgumentException.class);
    }
}
