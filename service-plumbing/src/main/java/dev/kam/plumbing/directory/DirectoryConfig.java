package dev.kam.plumbing.directory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Settings of the people directory (docs/configuration.md lists their environment variables). The
 * Keycloak URL, client and secret are read by the OIDC client and the REST client through
 * expressions in META-INF/microprofile-config.properties; the durations and size by the caches.
 */
@ConfigMapping(prefix = "kam.directory")
public interface DirectoryConfig {

    /** false only in development and tests; a production build refuses to start with it (DirectorySwitch). */
    @WithDefault("true")
    boolean enabled();

    /** Keycloak's base URL (without /realms/...). */
    String url();

    /** The realm whose users are our people. */
    @WithDefault("kam")
    String realm();

    /** The confidential client whose service account may view users. */
    String clientId();

    String clientSecret();

    /** How long a person found stays remembered. */
    @WithDefault("5m")
    Duration knownTtl();

    /** How long "no such person" stays remembered (short: the person may be created meanwhile). */
    @WithDefault("30s")
    Duration unknownTtl();

    /** Upper bound of each of the two caches. */
    @WithDefault("10000")
    int maxEntries();

    /** How long the start-up warm-up ({@link DirectoryWarmUp}) waits before asking a silent Keycloak again. */
    @WithDefault("10s")
    Duration warmUpRetry();
}
