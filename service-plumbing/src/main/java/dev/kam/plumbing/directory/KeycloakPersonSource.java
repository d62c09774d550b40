package dev.kam.plumbing.directory;

import dev.kam.kernel.UserId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks Keycloak's admin API about one user. 404 means "no such person"; any other failure means
 * Keycloak cannot tell, which the directory turns into a refusal to decide (fail closed). The
 * circuit breaker stops a dead Keycloak from holding every request for the whole timeout.
 *
 * <p>{@code kam.directory.lookups} counts the questions actually sent, by outcome (known, unknown,
 * unavailable): the cache's effect shows as fewer questions than team changes.
 */
@ApplicationScoped
class KeycloakPersonSource implements PersonSource {

    static final String LOOKUPS = "kam.directory.lookups";
    /** Keycloak's fixed username prefix for the users behind service accounts: clients, not people. */
    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private final KeycloakUsers users;
    private final String realm;
    private final Counter known;
    private final Counter unknown;
    private final Counter unavailable;

    KeycloakPersonSource(@RestClient KeycloakUsers users, DirectoryConfig config, MeterRegistry registry) {
        this.users = users;
        this.realm = config.realm();
        this.known = lookups(registry, "known");
        this.unknown = lookups(registry, "unknown");
        this.unavailable = lookups(registry, "unavailable");
    }

    @Override
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2)
    public Optional<Person> lookUp(UserId id) {
        KeycloakUser user;
        try {
            user = users.user(realm, id.value());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                unknown.increment();
                return Optional.empty();
            }
            unavailable.increment();
            // 401/403 mean our own client or its view-users role is broken: an operator must act
            Log.errorf("People directory: Keycloak answered %d to a user lookup", status);
            throw new PeopleDirectoryUnavailableException("Keycloak answered " + status, e);
        } catch (RuntimeException e) {
            unavailable.increment();
            // unreachable, or no token (a wrong client secret shows here as unauthorized_client)
            Log.warnf("People directory: Keycloak cannot be asked (%s)", e.getMessage());
            throw new PeopleDirectoryUnavailableException("Keycloak cannot be asked", e);
        }
        if (user == null || !id.value().equals(user.id()) || user.username() == null) {
            // never take an answer about somebody else (or about nobody) for this person
            unavailable.increment();
            throw new PeopleDirectoryUnavailableException("Keycloak answered with another resource");
        }
        if (user.username().startsWith(SERVICE_ACCOUNT_PREFIX)) {
            unknown.increment();
            return Optional.empty();
        }
        known.increment();
        return Optional.of(new Person(id, user.username(), displayName(user), Boolean.TRUE.equals(user.enabled())));
    }

    private static String displayName(KeycloakUser user) {
        return Stream.of(user.firstName(), user.lastName())
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" "));
    }

    private static Counter lookups(MeterRegistry registry, String outcome) {
        return Counter.builder(LOOKUPS)
                .description("User lookups the people directory sent to Keycloak, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }
}
