package dev.kam.incentive.config;

import dev.kam.kernel.period.ComparisonRule;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The incentive rules that are configuration rather than code (docs/adr/0017, 0019, 0022). */
@ConfigMapping(prefix = "kam.incentive")
public interface IncentiveConfig {

    /** The largest share of the total possible reward the base salary may be, in percent (DOMAIN.md: 70). */
    @WithDefault("70")
    String baseShareCap();

    /**
     * The period growth and retained accounts are measured against on statements: the same period a
     * year earlier (cancels seasonality) or the one just before.
     */
    @WithDefault("SAME_PERIOD_PREVIOUS_YEAR")
    ComparisonRule statementComparison();

    /** The workload norm: the weights of the nine factors (a versioned set) and the capacity. */
    Workload workload();

    /** The workload norm's configuration (docs/configuration.md). */
    interface Workload {

        /** The label of this set of weights; every computed workload names it. Raise it when a weight changes. */
        @WithDefault("1")
        int version();

        /** Workload units a full-time employee carries (an ordinary account for a PROFESSIONAL is 1 unit). */
        @WithDefault("8")
        String unitsPerFullTime();

        /** A load above this share of capacity, in percent, is an overload. */
        @WithDefault("100")
        String overloadAbove();

        /** Percent per factor; the nine add up to exactly 100. */
        Weights weights();
    }

    /** The weight of each of the nine factors of DOMAIN.md section 3, in percent. */
    interface Weights {

        @WithDefault("15")
        String clientPotential();

        @WithDefault("20")
        String professionalism();

        @WithDefault("10")
        String distance();

        @WithDefault("10")
        String purchasingCentralisation();

        @WithDefault("15")
        String clientRelationships();

        @WithDefault("10")
        String internalCoordination();

        @WithDefault("10")
        String deliveryFulfilment();

        @WithDefault("5")
        String competition();

        @WithDefault("5")
        String supportStaff();
    }
}
