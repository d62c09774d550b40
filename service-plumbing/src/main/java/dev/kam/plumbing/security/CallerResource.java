package dev.kam.plumbing.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * "Who am I here": echoes the caller's identity as this service sees it, proving the chain
 * token, gateway, service. Each service exposes it under its own path by extending this class.
 */
@Authenticated
public abstract class CallerResource {

    private final SecurityIdentity identity;
    private final String service;

    protected CallerResource(SecurityIdentity identity,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.identity = identity;
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller as this service sees it",
            description = "Returns the user id (the token's subject), user name and realm roles of the caller.")
    @APIResponse(responseCode = "200", description = "The caller's identity")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public CallerView me() {
        CallerIdentity caller = CallerIdentity.of(identity);
        return new CallerView(service, caller.userId(), caller.username(), caller.sortedRoles());
    }

    /** The caller's identity, as returned by the {@code /me} endpoints. */
    public record CallerView(String service, String userId, String username, Set<String> roles) {
    }
}
