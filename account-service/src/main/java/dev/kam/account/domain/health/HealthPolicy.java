package dev.kam.account.domain.health;

import dev.kam.kernel.Percentage;

/**
 * Every weight and threshold the cooling signals and the score use, grouped per signal. The service
 * maps its configuration into this record; {@link #defaults()} are the starting values. A weight of
 * zero switches the matching signal off.
 *
 * @param coolingDropThreshold how many points the score must fall between two assessments to count
 *                             as cooling (a worse band counts too, whatever the drop)
 */
public record HealthPolicy(
        Decline purchaseDecline,
        Contact overdueContact,
        Interactions negativeInteractions,
        Problems unresolvedProblems,
        PlanActions overduePlanActions,
        Departures teamDepartures,
        Coverage coverage,
        KeyPeople keyPeopleLeft,
        Bands bands,
        int coolingDropThreshold) {

    public HealthPolicy {
        if (purchaseDecline == null || overdueContact == null || negativeInteractions == null
                || unresolvedProblems == null || overduePlanActions == null || teamDepartures == null
                || coverage == null || keyPeopleLeft == null || bands == null) {
            throw new IllegalArgumentException("Every part of the health policy is required");
        }
        if (coolingDropThreshold < 1 || coolingDropThreshold > HealthScore.MAX) {
            throw new IllegalArgumentException(
                    "Cooling drop threshold must be between 1 and " + HealthScore.MAX + ": " + coolingDropThreshold);
        }
    }

    public static HealthPolicy defaults() {
        return new HealthPolicy(
                new Decline(Percentage.of("5.0"), PenaltyScale.of(5, 1.0, 30)),
                new Contact(0, PenaltyScale.of(5, 10.0, 25)),
                new Interactions(5, Lookback.ofDays(90), 2, PenaltyScale.perItem(5, 20)),
                new Problems(30, 5, 10, 25),
                new PlanActions(0, PenaltyScale.perItem(4, 16)),
                new Departures(Lookback.ofDays(90), 5, 5, 25),
                new Coverage(10, 15, 10),
                new KeyPeople(Lookback.ofDays(90), 15, 10, 25),
                new Bands(80, 60, 40),
                10);
    }

    /**
     * Purchases fell by more than {@code tolerated} percent against the comparable period; the scale's
     * units are the percentage points beyond the tolerance.
     */
    public record Decline(Percentage tolerated, PenaltyScale penalty) {
        public Decline {
            if (tolerated == null || penalty == null) {
                throw new IllegalArgumentException("Tolerated decline and penalty scale are required");
            }
            if (tolerated.isNegative()) {
                throw new IllegalArgumentException("Tolerated decline cannot be negative");
            }
        }
    }

    /**
     * Contact is more than {@code graceDays} overdue; the scale's units are intervals overdue (15 days
     * overdue on a 30-day cadence is half a unit), so a weekly cadence missed by a week weighs as much
     * as a quarterly one missed by a quarter.
     */
    public record Contact(int graceDays, PenaltyScale penalty) {
        public Contact {
            if (graceDays < 0 || penalty == null) {
                throw new IllegalArgumentException("Grace days must be zero or more and a penalty scale is required");
            }
        }
    }

    /**
     * At least {@code minimumNegatives} negative outcomes among the last {@code lastCount}
     * interactions inside the lookback; the scale's units are negative outcomes.
     */
    public record Interactions(int lastCount, Lookback lookback, int minimumNegatives, PenaltyScale penalty) {
        public Interactions {
            if (lastCount < 1 || minimumNegatives < 1 || minimumNegatives > lastCount) {
                throw new IllegalArgumentException(
                        "Look at one or more interactions and need between 1 and that many negatives");
            }
            if (lookback == null || penalty == null) {
                throw new IllegalArgumentException("Lookback and penalty scale are required");
            }
        }
    }

    /**
     * Important (HIGH or CRITICAL) problems still open more than {@code toleratedAgeDays} after they
     * were opened; points per problem by importance, capped.
     */
    public record Problems(int toleratedAgeDays, int highPoints, int criticalPoints, int cap) {
        public Problems {
            if (toleratedAgeDays < 0 || highPoints < 0 || criticalPoints < 0) {
                throw new IllegalArgumentException("Problem age and points cannot be negative");
            }
            if (cap < 0 || cap > HealthScore.MAX) {
                throw new IllegalArgumentException("Problem penalty cap must be between 0 and " + HealthScore.MAX);
            }
        }
    }

    /** Unfinished plan actions more than {@code graceDays} past their due date; units are actions. */
    public record PlanActions(int graceDays, PenaltyScale penalty) {
        public PlanActions {
            if (graceDays < 0 || penalty == null) {
                throw new IllegalArgumentException("Grace days must be zero or more and a penalty scale is required");
            }
        }
    }

    /**
     * Team members who left within the lookback: points per departure plus points per client
     * relationship they held, capped.
     */
    public record Departures(Lookback lookback, int perDeparture, int perRelationshipHeld, int cap) {
        public Departures {
            if (lookback == null) {
                throw new IllegalArgumentException("Lookback is required");
            }
            if (perDeparture < 0 || perRelationshipHeld < 0) {
                throw new IllegalArgumentException("Departure points cannot be negative");
            }
            if (cap < 0 || cap > HealthScore.MAX) {
                throw new IllegalArgumentException("Departure penalty cap must be between 0 and " + HealthScore.MAX);
            }
        }
    }

    /** Fixed points for the three buying-centre coverage gaps. */
    public record Coverage(int singleThreaded, int noLeader, int onlyButler) {
        public Coverage {
            if (singleThreaded < 0 || noLeader < 0 || onlyButler < 0) {
                throw new IllegalArgumentException("Coverage points cannot be negative");
            }
            if (singleThreaded > HealthScore.MAX || noLeader > HealthScore.MAX || onlyButler > HealthScore.MAX) {
                throw new IllegalArgumentException("Coverage points cannot exceed " + HealthScore.MAX);
            }
        }
    }

    /** Leaders and specifiers who left the client within the lookback; points per person, capped. */
    public record KeyPeople(Lookback lookback, int perLeader, int perSpecifier, int cap) {
        public KeyPeople {
            if (lookback == null) {
                throw new IllegalArgumentException("Lookback is required");
            }
            if (perLeader < 0 || perSpecifier < 0) {
                throw new IllegalArgumentException("Key person points cannot be negative");
            }
            if (cap < 0 || cap > HealthScore.MAX) {
                throw new IllegalArgumentException("Key person penalty cap must be between 0 and " + HealthScore.MAX);
            }
        }
    }

    /** Lowest score of each band: HEALTHY from {@code healthyFrom}, and so on; below atRiskFrom is CRITICAL. */
    public record Bands(int healthyFrom, int watchFrom, int atRiskFrom) {
        public Bands {
            if (!(HealthScore.MAX >= healthyFrom && healthyFrom > watchFrom && watchFrom > atRiskFrom
                    && atRiskFrom > HealthScore.MIN)) {
                throw new IllegalArgumentException(
                        "Band thresholds must fall strictly: 100 >= healthy > watch > at risk > 0");
            }
        }

        public HealthBand bandFor(HealthScore score) {
            int value = score.value();
            if (value >= healthyFrom) {
                return HealthBand.HEALTHY;
            }
            if (value >= watchFrom) {
                return HealthBand.WATCH;
            }
            return value >= atRiskFrom ? HealthBand.AT_RISK : HealthBand.CRITICAL;
        }
    }
}
