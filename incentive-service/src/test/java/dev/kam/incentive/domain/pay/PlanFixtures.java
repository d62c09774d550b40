package dev.kam.incentive.domain.pay;

import dev.kam.incentive.domain.kpi.KpiMeasure;
import dev.kam.kernel.Money;
import dev.kam.kernel.Percentage;
import dev.kam.kernel.UserId;
import dev.kam.kernel.period.Period;
import java.util.List;

/** A quarterly plan of 10 000 EUR: 7 000 base, 3 000 variable over volume (60 %) and growth (40 %). */
public final class PlanFixtures {

    public static final UserId KAM = UserId.of("kam-anna");
    public static final Period QUARTER = Period.quarter(2026, 2);

    private PlanFixtures() {
    }

    public static Kpi volumeKpi(String weight) {
        return new Kpi("volume", "Purchase volume of my accounts", KpiMeasure.PURCHASE_VOLUME, Percentage.of(weight),
                PayoutCurve.of("80000", "100000", "130000", "50", "200"));
    }

    public static Kpi growthKpi(String weight) {
        return new Kpi("growth", "Growth against the same quarter last year", KpiMeasure.VOLUME_GROWTH,
                Percentage.of(weight), PayoutCurve.of("0", "5", "10", "0", "250"));
    }

    public static Kpi retainedKpi(String weight) {
        return new Kpi("retained", "Key accounts retained", KpiMeasure.RETAINED_ACCOUNTS,
                Percentage.of(weight), PayoutCurve.of("2", "3", "4", "50", "150"));
    }

    public static PayTerms terms(String total, String base) {
        return new PayTerms(Money.of(total, "EUR"), Money.of(base, "EUR"), List.of(volumeKpi("60"), growthKpi("40")));
    }

    public static PayTerms standardTerms() {
        return terms("10000", "7000");
    }

    public static PayPlan planInForce(PayTerms terms) {
        return PayPlanVersions.start(KAM, QUARTER, terms, BaseShareCap.defaults()).putDraftInForce().inForce().orElseThrow();
    }
}
