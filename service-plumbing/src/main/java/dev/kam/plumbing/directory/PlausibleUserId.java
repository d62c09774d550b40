package dev.kam.plumbing.directory;

import dev.kam.kernel.UserId;
import java.util.regex.Pattern;

/**
 * Only an id that could name a Keycloak user is sent to Keycloak. Keycloak issues UUIDs; imported
 * users may carry other simple ids. Anything else cannot name a user, and is refused without asking:
 * sent as a path segment, {@code ..} would address the realm itself and Keycloak would answer 200.
 */
final class PlausibleUserId {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]*");

    private PlausibleUserId() {
    }

    static boolean test(UserId id) {
        return SHAPE.matcher(id.value()).matches();
    }
}
