package dev.kam.account.repository;

import dev.kam.account.domain.purchase.PurchaseVolume;
import dev.kam.kernel.Money;
import dev.kam.kernel.period.Period;
import dev.kam.kernel.period.PeriodType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** What an account bought in one period; one row per account and period, a later record replaces it. */
@Entity
@Table(name = "purchase_volume")
public class PurchaseVolumeEntity {

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false)
    public PeriodType periodType;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false, columnDefinition = "bpchar(3)")
    public String currency;

    @Column(precision = 19, scale = 3)
    public BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PurchaseSource source;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Embeddable
    public record Key(@Column(name = "account_id") UUID accountId, @Column(name = "period") String period)
            implements Serializable {
    }

    public UUID accountId() {
        return key.accountId();
    }

    public String period() {
        return key.period();
    }

    /** The stored figures as the domain's volume. */
    public PurchaseVolume toVolume() {
        return new PurchaseVolume(Period.parse(period()), Money.of(amount, Money.currency(currency)),
                Optional.ofNullable(quantity));
    }
}
