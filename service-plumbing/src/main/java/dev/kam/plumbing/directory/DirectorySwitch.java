package dev.kam.plumbing.directory;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code kam.directory.enabled=false} exists for development and for tests of code that does not
 * care who people are. A production build refuses to start with it: otherwise one environment
 * variable would let anybody be put on a team.
 */
@ApplicationScoped
class DirectorySwitch {

    void check(@Observes StartupEvent start, DirectoryConfig config) {
        check(config.enabled(), LaunchMode.current() == LaunchMode.NORMAL);
        if (!config.enabled()) {
            Log.warn("People directory is switched off (kam.directory.enabled=false): any user id is admitted");
        }
    }

    static void check(boolean enabled, boolean production) {
        if (!enabled && production) {
            throw new IllegalStateException("kam.directory.enabled=false is for development and tests only;"
                    + " production always checks people against the identity provider");
        }
    }
}
