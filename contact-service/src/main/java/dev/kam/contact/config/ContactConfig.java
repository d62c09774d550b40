package dev.kam.contact.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** The buying-centre rules' settings: role threshold, informing cadence, profile retention. */
@ConfigMapping(prefix = "kam.contact")
public interface ContactConfig {

    /** A 1..5 score counts as HIGH from this value up (2..5); see RoleClassifier. */
    @WithDefault("3")
    int roleHighFrom();

    /** A specifier nobody of ours was in contact with for longer than this many days needs informing. */
    @WithDefault("60")
    int specifierInformEveryDays();

    /** How long the negotiation profile of a person who left the client is kept before it is purged. */
    @WithDefault("365d")
    Duration profileRetention();

    /** How often the purge of expired profiles runs, e.g. {@code 1h}; {@code off} disables it. */
    @WithDefault("1h")
    String profilePurgeInterval();

    /** The company's time zone: "left 365 days ago" and "informed 60 days ago" are dates there. */
    @WithDefault("UTC")
    ZoneId zone();
}
