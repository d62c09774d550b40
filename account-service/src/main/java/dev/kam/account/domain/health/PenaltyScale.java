package dev.kam.account.domain.health;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a signal turns "how bad" into points: a base for firing at all, plus points per unit (per
 * percentage point, per interval overdue, per problem...), rounded half up and never above the cap,
 * so that one signal alone cannot sink the whole score.
 */
public record PenaltyScale(int base, BigDecimal perUnit, int cap) {

    public PenaltyScale {
        if (perUnit == null) {
            throw new IllegalArgumentException("Points per unit are required");
        }
        if (base < 0 || perUnit.signum() < 0) {
            throw new IllegalArgumentException("Penalty points cannot be negative");
        }
        if (cap < 0 || cap > HealthScore.MAX) {
            throw new IllegalArgumentException("A penalty cap must be between 0 and " + HealthScore.MAX + ": " + cap);
        }
    }

    public static PenaltyScale of(int base, double perUnit, int cap) {
        return new PenaltyScale(base, BigDecimal.valueOf(perUnit), cap);
    }

    public static PenaltyScale perItem(int points, int cap) {
        return new PenaltyScale(0, BigDecimal.valueOf(points), cap);
    }

    public int pointsFor(BigDecimal units) {
        if (units == null || units.signum() < 0) {
            throw new IllegalArgumentException("Units must be zero or more");
        }
        BigDecimal points = perUnit.multiply(units).setScale(0, RoundingMode.HALF_UP).add(BigDecimal.valueOf(base));
        return points.min(BigDecimal.valueOf(cap)).intValueExact();
    }

    public int pointsFor(int units) {
        return pointsFor(BigDecimal.valueOf(units));
    }
}
