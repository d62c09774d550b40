package dev.kam.incentive.domain.statement;

import dev.kam.incentive.domain.kpi.KpiActual;
import dev.kam.incentive.domain.pay.Kpi;
import dev.kam.incentive.domain.pay.PayoutFactor;
import dev.kam.kernel.Money;

/** One KPI's line on a statement: the actual value, the share of its target payout earned, the payout, and how. */
public record KpiLine(Kpi kpi, KpiActual actual, PayoutFactor factor, Money payout, String trace) {

    public KpiLine {
        if (kpi == null || actual == null || factor == null || payout == null) {
            throw new IllegalArgumentException("KPI, actual, factor and payout are required");
        }
        if (trace == null || trace.isBlank()) {
            throw new IllegalArgumentException("A statement line needs its calculation trace");
        }
    }

    public String code() {
        return kpi.code();
    }
}
