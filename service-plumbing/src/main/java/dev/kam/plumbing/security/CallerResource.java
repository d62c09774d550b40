package dev.kam.plumbing.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Who am I here": echoes the caller's identity as this service sees it, proving the chain
 * token, gateway, service. Each service exposes it under its own path by extending this class with
 * a GET method of its own, named for the service: the method name is the operationId, which must be
 * unique across the services' documents the gateway merges (docs/adr/0009).
 */
@Authenticated
public abstract class CallerResource {

    public static final String SUMMARY = "The caller as this service sees it";
    public static final String DESCRIPTION =
            "Returns the user id (the token's subject), user name and realm roles of the caller.";

    private final SecurityIdentity identity;
    private final String service;

    protected CallerResource(SecurityIdentity identity,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.identity = identity;
        this.service = service;
    }

    protected CallerView caller() {
        CallerIdentity caller = CallerIdentity.of(identity);
        return new CallerView(service, caller.userId(), caller.username(), caller.sortedRoles());
    }

    /** The caller's identity, as returned by the {@code /me} endpoints. */
    public record CallerView(String service, String userId, String username, Set<String> roles) {
    }
}
