package dev.kam.account.rest.caller;

import dev.kam.plumbing.security.CallerResource;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// Repeated here: OpenAPI reads security from the concrete resource, not the abstract parent.
@Authenticated
@Path("/api/accounts/me")
@Tag(name = "Caller")
public class AccountCallerResource extends CallerResource {

    AccountCallerResource(SecurityIdentity identity,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        super(identity, service);
    }
}
