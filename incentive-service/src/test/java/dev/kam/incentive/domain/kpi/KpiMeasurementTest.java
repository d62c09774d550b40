package dev.kam.incentive.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.incentive.domain.purchase.PurchaseFact;
import dev.kam.incentive.domain.purchase.PurchaseLedger;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.Money;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.kernel.period.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KpiMeasurementTest {

    private static final AccountId A = AccountId.of("00000000-0000-0000-0000-00000000000a");
    private static final AccountId B = AccountId.of("00000000-0000-0000-0000-00000000000b");
    private static final AccountId C = AccountId.of("00000000-0000-0000-0000-00000000000c");
    private static final Period THIS = Period.quarter(2026, 2);
    private static final Period LAST_YEAR = Period.quarter(2025, 2);

    private final List<PurchaseFact> facts = new ArrayList<>();

    private void bought(AccountId account, Period period, String amount, String currency) {
        facts.add(new PurchaseFact("evt-" + facts.size(), account, period, Money.of(amount, currency),
                Instant.parse("2026-07-01T00:00:00Z")));
    }

    private void bought(AccountId account, Period period, String amount) {
        bought(account, period, amount, "EUR");
    }

    private KpiActual measure(KpiMeasure measure, AccountId... accounts) {
        ContributionScope scope = new ContributionScope(Set.of(accounts), THIS, ComparisonRule.defaultRule(),
                Money.currency("EUR"));
        return KpiMeasurement.of(measure).measure(scope, PurchaseLedger.of(facts));
    }

    @Test
    void purchaseVolumeAddsUpTheAccountsAndAnAccountWithoutRecordsBoughtNothing() {
        bought(A, THIS, "70000");
        bought(B, THIS, "40000");
        KpiActual actual = measure(KpiMeasure.PURCHASE_VOLUME, A, B, C);
        assertThat(actual.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("110000"));
        assertThat(actual.derivation()).isEqualTo("purchases of 3 accounts in 2026-Q2: 110000.00 EUR");
    }

    @Test
    void growthIsAgainstTheSamePeriodLastYearByDefault() {
        bought(A, THIS, "70000");
        bought(A, LAST_YEAR, "60000");
        bought(A, Period.quarter(2026, 1), "1");
        bought(B, THIS, "40000");
        bought(B, LAST_YEAR, "45000");
        KpiActual actual = measure(KpiMeasure.VOLUME_GROWTH, A, B);
        // 110000 against 105000: +4.76 % -> 4.8
        assertThat(actual.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4.8"));
        assertThat(actual.derivation())
                .isEqualTo("growth 4.8%: 110000.00 EUR in 2026-Q2 against 105000.00 EUR in 2025-Q2");
    }

    @Test
    void growthWithoutAnyPurchasesInTheComparablePeriodCannotBeMeasured() {
        bought(A, THIS, "70000");
        KpiActual actual = measure(KpiMeasure.VOLUME_GROWTH, A);
        assertThat(actual.value()).isEmpty();
        assertThat(actual.derivation()).isEqualTo("no purchases recorded in 2025-Q2 to compare 2026-Q2 with");
    }

    @Test
    void aDeclineIsNegativeGrowth() {
        bought(A, THIS, "90000");
        bought(A, LAST_YEAR, "100000");
        assertThat(measure(KpiMeasure.VOLUME_GROWTH, A).value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-10.0"));
    }

    @Test
    void anAccountIsRetainedWhenItBoughtInTheComparablePeriodAndAgainInThisOne() {
        bought(A, LAST_YEAR, "100");
        bought(A, THIS, "50");
        bought(B, LAST_YEAR, "100");
        bought(C, THIS, "100");
        KpiActual actual = measure(KpiMeasure.RETAINED_ACCOUNTS, A, B, C);
        assertThat(actual.value()).hasValue(BigDecimal.ONE);
        assertThat(actual.derivation())
                .isEqualTo("1 of 2 accounts that bought in 2025-Q2 bought again in 2026-Q2; not again: [" + B + "]");
    }

    @Test
    void purchasesInAnotherCurrencyThanThePlansAreLeftOutAndNamed() {
        bought(A, THIS, "1000");
        bought(B, THIS, "5000", "USD");
        KpiActual actual = measure(KpiMeasure.PURCHASE_VOLUME, A, B);
        assertThat(actual.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1000"));
        assertThat(actual.derivation()).endsWith("; left out (purchases in another currency): [" + B + "]");
    }
}
