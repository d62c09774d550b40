package dev.kam.account.rest.caller;

import dev.kam.account.rest.AccountExamples;
import dev.kam.account.service.caller.IdentifyingCaller;
import dev.kam.account.service.caller.WhoAmIView;
import dev.kam.plumbing.openapi.SharedResponses;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The suite's "who am I" for frontends: identity, KAM roles and the accounts the caller serves. */
@Path("/api/me")
@Authenticated
@Tag(name = "Caller")
@Produces(MediaType.APPLICATION_JSON)
public class WhoAmIResource {

    private final IdentifyingCaller identifying;

    WhoAmIResource(IdentifyingCaller identifying) {
        this.identifying = identifying;
    }

    @GET
    @Operation(summary = "Who am I, and which accounts do I serve",
            description = "The caller's user id (the token's subject), user name, the realm roles of the suite they "
                    + "have, and every account they own or are on the team of, with their team role and zone; "
                    + "sorted by name (case-insensitive), then id. Any authenticated caller; a service account "
                    + "(client credentials) serves no account, so its list is empty.")
    @APIResponse(responseCode = "200", description = "The caller and the accounts they serve",
            content = @Content(schema = @Schema(implementation = WhoAmIView.class), examples = {
                    @ExampleObject(name = "team-member", value = AccountExamples.WHO_AM_I),
                    @ExampleObject(name = "service-account", value = AccountExamples.WHO_AM_I_SERVICE_ACCOUNT)}))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    public WhoAmIView whoAmI() {
        return identifying.whoAmI();
    }
}
