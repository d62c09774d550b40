package dev.kam.incentive.domain.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.kernel.AccountId;
import dev.kam.kernel.Money;
import dev.kam.kernel.period.Period;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseLedgerTest {

    private static final AccountId ACCOUNT = AccountId.of("0b9e5a7c-1f7e-4a39-a3f4-5f0f6c1d2e01");
    private static final Instant MONDAY = Instant.parse("2026-07-06T09:00:00Z");

    private static PurchaseFact fact(String eventId, Period period, String amount, Instant at) {
        return new PurchaseFact(eventId, ACCOUNT, period, Money.of(amount, "EUR"), at);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Test
    void aReplayedEventChangesNothing() {
        PurchaseFact fact = fact("evt-1", Period.quarter(2026, 2), "1000", MONDAY);
        PurchaseLedger once = PurchaseLedger.empty().record(fact);
        assertThat(once.record(fact)).isSameAs(once);
    }

    @Test
    void aReplayedEventIsIgnoredEvenAfterItWasCorrected() {
        PurchaseFact original = fact("evt-1", Period.quarter(2026, 2), "1000", MONDAY);
        PurchaseFact correction = fact("evt-2", Period.quarter(2026, 2), "1200", MONDAY.plusSeconds(60));
        PurchaseLedger corrected = PurchaseLedger.of(List.of(original, correction));
        assertThat(corrected.record(original)).isSameAs(corrected);
        assertThat(corrected.volumeIn(ACCOUNT, Period.quarter(2026, 2))).contains(eur("1200"));
    }

    @Test
    void aLaterFactForTheSamePeriodReplacesTheEarlierOne() {
        PurchaseLedger ledger = PurchaseLedger.of(List.of(
                fact("evt-1", Period.quarter(2026, 2), "1000", MONDAY),
                fact("evt-2", Period.quarter(2026, 2), "900", MONDAY.plusSeconds(60))));
        assertThat(ledger.volumeIn(ACCOUNT, Period.quarter(2026, 2))).contains(eur("900"));
    }

    @Test
    void theOrderFactsArriveInDoesNotMatter() {
        PurchaseFact earlier = fact("evt-1", Period.quarter(2026, 2), "1000", MONDAY);
        PurchaseFact later = fact("evt-2", Period.quarter(2026, 2), "900", MONDAY.plusSeconds(60));
        assertThat(PurchaseLedger.of(List.of(later, earlier))).isEqualTo(PurchaseLedger.of(List.of(earlier, later)));
    }

    @Test
    void aHalfYearIsTheSumOfItsQuartersWhenNotRecordedItself() {
        PurchaseLedger ledger = PurchaseLedger.of(List.of(
                fact("evt-1", Period.quarter(2026, 1), "1000", MONDAY),
                fact("evt-2", Period.quarter(2026, 2), "2000.50", MONDAY)));
        assertThat(ledger.volumeIn(ACCOUNT, Period.half(2026, 1))).contains(eur("3000.50"));
    }

    @Test
    void partsRecordedAtDifferentLengthsAddUp() {
        PurchaseLedger ledger = PurchaseLedger.of(List.of(
                fact("evt-1", Period.quarter(2026, 1), "1000", MONDAY),
                fact("evt-2", Period.month(2026, 4), "100", MONDAY),
                fact("evt-3", Period.month(2026, 6), "200", MONDAY)));
        assertThat(ledger.volumeIn(ACCOUNT, Period.year(2026))).contains(eur("1300"));
    }

    @Test
    void aFigureForThePeriodItselfWinsOverItsPartsSoNothingCountsTwice() {
        PurchaseLedger ledger = PurchaseLedger.of(List.of(
                fact("evt-1", Period.quarter(2026, 2), "5000", MONDAY),
                fact("evt-2", Period.month(2026, 4), "1000", MONDAY)));
        assertThat(ledger.volumeIn(ACCOUNT, Period.quarter(2026, 2))).contains(eur("5000"));
    }

    @Test
    void nothingRecordedInsideThePeriodIsNoVolumeRatherThanZero() {
        PurchaseLedger ledger = PurchaseLedger.of(List.of(fact("evt-1", Period.quarter(2026, 1), "1000", MONDAY)));
        assertThat(ledger.volumeIn(ACCOUNT, Period.quarter(2026, 2))).isEmpty();
    }

    @Test
    void aRecordedZeroIsAVolume() {
        PurchaseLedger ledger = PurchaseLedger.of(List.of(fact("evt-1", Period.quarter(2026, 2), "0", MONDAY)));
        assertThat(ledger.volumeIn(ACCOUNT, Period.quarter(2026, 2))).contains(eur("0"));
    }
}
