package dev.kam.account.config;

import dev.kam.account.domain.health.HealthPolicy;
import dev.kam.account.domain.health.Lookback;
import dev.kam.account.domain.health.PenaltyScale;
import dev.kam.kernel.Percentage;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Relationship health: every weight and threshold of the cooling signals (defaults are
 * {@link HealthPolicy#defaults()}), how often all accounts are reassessed, and the zone that turns
 * instants into the calendar days the signals count in. A weight of zero switches a signal off.
 */
@ConfigMapping(prefix = "kam.health")
public interface HealthConfig {

    /** How often every account that is not LOST is reassessed, e.g. {@code 15m}; {@code off} disables it. */
    @WithDefault("15m")
    String reassessInterval();

    /** How long after startup the first scheduled pass runs. */
    @WithDefault("1m")
    String reassessDelay();

    /**
     * Background reassessment (after a big import, the scheduled pass) waits while a purchase import runs
     * in the same instance, at most this long before each account; {@code 0s} lets it run beside imports.
     */
    @WithDefault("30s")
    Duration yieldToImports();

    /** The company's time zone: "overdue since the 14th" is a date there. */
    @WithDefault("UTC")
    ZoneId zone();

    /** How far back the portfolio cooling report looks when the caller gives no {@code since}. */
    @WithDefault("30")
    int portfolioDefaultDays();

    /** Points the score must fall between two assessments to count as cooling (a worse band always does). */
    @WithDefault("10")
    int coolingDropThreshold();

    PurchaseDecline purchaseDecline();

    OverdueContact overdueContact();

    NegativeInteractions negativeInteractions();

    UnresolvedProblems unresolvedProblems();

    OverduePlanActions overduePlanActions();

    TeamDepartures teamDepartures();

    Coverage coverage();

    KeyPeopleLeft keyPeopleLeft();

    Bands bands();

    /** Purchases below the comparable period by more than the tolerance; points per percentage point beyond it. */
    interface PurchaseDecline {
        @WithDefault("5.0")
        BigDecimal toleratedPercent();

        @WithDefault("5")
        int basePoints();

        @WithDefault("1.0")
        double pointsPerPercent();

        @WithDefault("30")
        int cap();
    }

    /** Contact overdue by more than the grace days; points per interval overdue. */
    interface OverdueContact {
        @WithDefault("0")
        int graceDays();

        @WithDefault("5")
        int basePoints();

        @WithDefault("10.0")
        double pointsPerInterval();

        @WithDefault("25")
        int cap();
    }

    /** Enough negative outcomes among the last interactions inside the lookback; points per negative. */
    interface NegativeInteractions {
        @WithDefault("5")
        int lastCount();

        @WithDefault("90")
        int lookbackDays();

        @WithDefault("2")
        int minimumNegatives();

        @WithDefault("5")
        int pointsPerNegative();

        @WithDefault("20")
        int cap();
    }

    /** Important problems open longer than the tolerated age; points per problem by importance. */
    interface UnresolvedProblems {
        @WithDefault("30")
        int toleratedAgeDays();

        @WithDefault("5")
        int highPoints();

        @WithDefault("10")
        int criticalPoints();

        @WithDefault("25")
        int cap();
    }

    /** Unfinished retention-plan actions past due by more than the grace days; points per action. */
    interface OverduePlanActions {
        @WithDefault("0")
        int graceDays();

        @WithDefault("4")
        int pointsPerAction();

        @WithDefault("16")
        int cap();
    }

    /** Team members who left within the lookback; points per departure and per relationship they held. */
    interface TeamDepartures {
        @WithDefault("90")
        int lookbackDays();

        @WithDefault("5")
        int perDeparture();

        @WithDefault("5")
        int perRelationshipHeld();

        @WithDefault("25")
        int cap();
    }

    /** Fixed points for the buying-centre coverage gaps reported by contact-service. */
    interface Coverage {
        @WithDefault("10")
        int singleThreaded();

        @WithDefault("15")
        int noLeader();

        @WithDefault("10")
        int onlyButler();
    }

    /** Leaders and specifiers who left the client within the lookback. */
    interface KeyPeopleLeft {
        @WithDefault("90")
        int lookbackDays();

        @WithDefault("15")
        int perLeader();

        @WithDefault("10")
        int perSpecifier();

        @WithDefault("25")
        int cap();
    }

    /** Lowest score of each band; below at-risk-from is CRITICAL. */
    interface Bands {
        @WithDefault("80")
        int healthyFrom();

        @WithDefault("60")
        int watchFrom();

        @WithDefault("40")
        int atRiskFrom();
    }

    /** The configuration as the domain's policy; the domain refuses inconsistent values (e.g. bands out of order). */
    default HealthPolicy policy() {
        return new HealthPolicy(
                new HealthPolicy.Decline(new Percentage(purchaseDecline().toleratedPercent()),
                        PenaltyScale.of(purchaseDecline().basePoints(), purchaseDecline().pointsPerPercent(),
                                purchaseDecline().cap())),
                new HealthPolicy.Contact(overdueContact().graceDays(),
                        PenaltyScale.of(overdueContact().basePoints(), overdueContact().pointsPerInterval(),
                                overdueContact().cap())),
                new HealthPolicy.Interactions(negativeInteractions().lastCount(),
                        Lookback.ofDays(negativeInteractions().lookbackDays()),
                        negativeInteractions().minimumNegatives(),
                        PenaltyScale.perItem(negativeInteractions().pointsPerNegative(), negativeInteractions().cap())),
                new HealthPolicy.Problems(unresolvedProblems().toleratedAgeDays(), unresolvedProblems().highPoints(),
                        unresolvedProblems().criticalPoints(), unresolvedProblems().cap()),
                new HealthPolicy.PlanActions(overduePlanActions().graceDays(),
                        PenaltyScale.perItem(overduePlanActions().pointsPerAction(), overduePlanActions().cap())),
                new HealthPolicy.Departures(Lookback.ofDays(teamDepartures().lookbackDays()),
                        teamDepartures().perDeparture(), teamDepartures().perRelationshipHeld(),
                        teamDepartures().cap()),
                new HealthPolicy.Coverage(coverage().singleThreaded(), coverage().noLeader(), coverage().onlyButler()),
                new HealthPolicy.KeyPeople(Lookback.ofDays(keyPeopleLeft().lookbackDays()),
                        keyPeopleLeft().perLeader(), keyPeopleLeft().perSpecifier(), keyPeopleLeft().cap()),
                new HealthPolicy.Bands(bands().healthyFrom(), bands().watchFrom(), bands().atRiskFrom()),
                coolingDropThreshold());
    }
}
