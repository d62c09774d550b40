package dev.kam.incentive.domain.pay;

import dev.kam.incentive.domain.kpi.KpiMeasure;
import dev.kam.kernel.BoundedText;
import dev.kam.kernel.Percentage;
import java.util.regex.Pattern;

/**
 * One indicator of the employee's contribution in a pay plan: what it measures, its weight in the
 * variable part, and the curve that turns its actual value into pay.
 *
 * @param code stable key of the KPI within a plan (statement lines and disputes refer to it)
 */
public record Kpi(String code, String name, KpiMeasure measure, Percentage weight, PayoutCurve curve) {

    public static final int NAME_MAX = 120;
    /** The statement's base salary line; no KPI may take its code. */
    public static final String BASE_LINE = "base";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public Kpi {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "A KPI code is 1-40 lower-case letters, digits or hyphens, starting with a letter: " + code);
        }
        if (BASE_LINE.equals(code)) {
            throw new IllegalArgumentException("'" + BASE_LINE + "' names the base salary line, not a KPI");
        }
        name = BoundedText.required(name, "KPI name", NAME_MAX);
        if (measure == null || curve == null) {
            throw new IllegalArgumentException("A KPI needs a measure and a payout curve");
        }
        if (weight == null || weight.value().signum() <= 0) {
            throw new IllegalArgumentException("A KPI's weight must be more than 0 %: " + weight);
        }
    }
}
