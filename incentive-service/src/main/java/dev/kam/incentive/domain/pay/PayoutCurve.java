package dev.kam.incentive.domain.pay;

import dev.kam.kernel.Percentage;
import java.math.BigDecimal;

/**
 * How a KPI's actual value turns into a share of its target payout: nothing below the threshold;
 * from the threshold, linear from {@code payoutAtThreshold} to 100 % at the target; above the target
 * an accelerator, linear to {@code payoutAtCap} at the cap and no higher beyond it. The accelerator
 * must pay at least as steeply per unit as the stretch below target, or it would not accelerate.
 * Higher actual values are better for every KPI here.
 */
public record PayoutCurve(
        BigDecimal threshold, BigDecimal target, BigDecimal cap, Percentage payoutAtThreshold, Percentage payoutAtCap) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PayoutCurve {
        if (threshold == null || target == null || cap == null || payoutAtThreshold == null || payoutAtCap == null) {
            throw new IllegalArgumentException("Threshold, target, cap and their payouts are required");
        }
        if (threshold.compareTo(target) >= 0 || target.compareTo(cap) >= 0) {
            throw new IllegalArgumentException("A payout curve needs threshold < target < cap: "
                    + threshold.toPlainString() + ", " + target.toPlainString() + ", " + cap.toPlainString());
        }
        if (payoutAtThreshold.isNegative() || payoutAtThreshold.value().compareTo(HUNDRED) >= 0) {
            throw new IllegalArgumentException("The payout at threshold must be from 0 to below 100 %: " + payoutAtThreshold);
        }
        if (payoutAtCap.value().compareTo(HUNDRED) <= 0) {
            throw new IllegalArgumentException("The payout at the cap must be above 100 %: " + payoutAtCap);
        }
        BigDecimal slopeBelowTimesSpans = HUNDRED.subtract(payoutAtThreshold.value()).multiply(cap.subtract(target));
        BigDecimal slopeAboveTimesSpans = payoutAtCap.value().subtract(HUNDRED).multiply(target.subtract(threshold));
        if (slopeAboveTimesSpans.compareTo(slopeBelowTimesSpans) < 0) {
            throw new IllegalArgumentException(
                    "Above target the curve must pay at least as steeply as below it (an accelerator)");
        }
    }

    public static PayoutCurve of(String threshold, String target, String cap, String payoutAtThreshold, String payoutAtCap) {
        return new PayoutCurve(new BigDecimal(threshold), new BigDecimal(target), new BigDecimal(cap),
                Percentage.of(payoutAtThreshold), Percentage.of(payoutAtCap));
    }

    public PayoutFactor factorAt(BigDecimal actual) {
        if (actual == null) {
            throw new IllegalArgumentException("An actual value is required");
        }
        if (actual.compareTo(threshold) < 0) {
            return PayoutFactor.NONE;
        }
        if (actual.compareTo(cap) >= 0) {
            return PayoutFactor.percent(payoutAtCap.value());
        }
        return actual.compareTo(target) <= 0
                ? between(actual, threshold, payoutAtThreshold.value(), target, HUNDRED)
                : between(actual, target, HUNDRED, cap, payoutAtCap.value());
    }

    /** How the factor was found, in words and numbers, for the statement's trace. */
    public String explain(BigDecimal actual) {
        String factor = factorAt(actual).shown();
        if (actual.compareTo(threshold) < 0) {
            return "below threshold " + threshold.toPlainString() + ": " + factor;
        }
        if (actual.compareTo(cap) >= 0) {
            return "at or above cap " + cap.toPlainString() + ": " + factor;
        }
        if (actual.compareTo(target) <= 0) {
            return "between threshold " + threshold.toPlainString() + " (" + payoutAtThreshold + ") and target "
                    + target.toPlainString() + " (100%): " + factor;
        }
        return "above target " + target.toPlainString() + " (100%), accelerating to cap " + cap.toPlainString()
                + " (" + payoutAtCap + "): " + factor;
    }

    // pLow + (x - low) x (pHigh - pLow) / (high - low), as one fraction over (high - low)
    private static PayoutFactor between(BigDecimal x, BigDecimal low, BigDecimal pLow, BigDecimal high, BigDecimal pHigh) {
        BigDecimal span = high.subtract(low);
        BigDecimal numerator = pLow.multiply(span).add(x.subtract(low).multiply(pHigh.subtract(pLow)));
        return new PayoutFactor(numerator, span);
    }
}
