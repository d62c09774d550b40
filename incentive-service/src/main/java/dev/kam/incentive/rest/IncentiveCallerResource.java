package dev.kam.incentive.rest;

import dev.kam.plumbing.security.CallerResource;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Repeated here: OpenAPI reads security from the concrete resource, not the abstract parent.
@Authenticated
@Path("/api/incentives/me")
@Tag(name = "Caller")
public class IncentiveCallerResource extends CallerResource {

    IncentiveCallerResource(SecurityIdentity identity,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        super(identity, service);
    }

    // The method name is the operationId: named for the service, as the gateway's merged document needs unique ones.
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The caller's identity")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public CallerView getIncentiveServiceCaller() {
        return caller();
    }
}
