package dev.kam.incentive.config;

import dev.kam.kernel.period.ComparisonRule;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The incentive rules that are configuration rather than code (docs/adr/0017, 0019). */
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
}
