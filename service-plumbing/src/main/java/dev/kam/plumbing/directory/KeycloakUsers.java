package dev.kam.plumbing.directory;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Keycloak's admin REST API, as far as the directory needs it. The OIDC client {@code kam-directory}
 * (client credentials of the kam-directory service account, realm-management view-users only) adds
 * the bearer token and renews it before it expires.
 */
@RegisterRestClient(configKey = "kam-directory")
@OidcClientFilter("kam-directory")
@Path("/admin/realms/{realm}/users")
interface KeycloakUsers {

    /** 404 when the realm has no user with this id. */
    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    KeycloakUser user(@PathParam("realm") String realm, @PathParam("id") String id);
}
