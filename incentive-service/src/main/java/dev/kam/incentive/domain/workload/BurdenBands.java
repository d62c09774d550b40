package dev.kam.incentive.domain.workload;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Turns a measured number (kilometres, people, a fulfilment percentage) into a burden with four
 * ascending limits. When more means more work, a value up to the first limit is burden 1 and above
 * the fourth is 5; when more means less work (fulfilment), a value from the fourth limit is 1 and
 * below the first is 5. Limits are inclusive on the side of the lighter burden.
 */
public record BurdenBands(List<BigDecimal> limits, boolean moreMeansMoreWork) {

    public BurdenBands {
        if (limits == null || limits.size() != Burden.MAX - 1 || limits.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Burden bands need exactly " + (Burden.MAX - 1) + " limits");
        }
        for (int i = 1; i < limits.size(); i++) {
            if (limits.get(i).compareTo(limits.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("Burden band limits must rise strictly: " + limits);
            }
        }
        limits = List.copyOf(limits);
    }

    public static BurdenBands rising(String... limits) {
        return new BurdenBands(parse(limits), true);
    }

    public static BurdenBands falling(String... limits) {
        return new BurdenBands(parse(limits), false);
    }

    public Burden burdenOf(BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException("A value is required");
        }
        if (moreMeansMoreWork) {
            int band = 0;
            while (band < limits.size() && value.compareTo(limits.get(band)) > 0) {
                band++;
            }
            return Burden.of(band + 1);
        }
        int band = limits.size();
        while (band > 0 && value.compareTo(limits.get(band - 1)) < 0) {
            band--;
        }
        return Burden.of(Burden.MAX - band);
    }

    private static List<BigDecimal> parse(String... limits) {
        return Arrays.stream(limits).map(BigDecimal::new).toList();
    }
}
