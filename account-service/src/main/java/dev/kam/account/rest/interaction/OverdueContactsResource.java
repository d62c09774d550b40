package dev.kam.account.rest.interaction;

import dev.kam.account.service.interaction.CheckingContactCadence;
import dev.kam.account.service.interaction.OverdueContactView;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.http.QueryParameters;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.paging.Page;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Someone's to-call list: the accounts on their teams whose contact is overdue. */
@Path("/api/accounts/overdue-contacts")
@Authenticated
@Tag(name = "Interactions")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueContactsResource {

    private final CheckingContactCadence cadence;

    OverdueContactsResource(CheckingContactCadence cadence) {
        this.cadence = cadence;
    }

    @GET
    @Operation(summary = "List overdue contacts",
            description = "The accounts on whose team the user is and whose next contact is overdue, longest "
                    + "overdue first (lost accounts left out). Everyone may ask for their own list; only "
                    + "sales-director and kam-admin may ask for someone else's.")
    @APIResponse(responseCode = "200", description = "One page of overdue accounts")
    @APIResponse(responseCode = "400", description = "The user id, limit or cursor is malformed")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Asking for someone else's list without oversight rights")
    public Page<OverdueContactView> listOverdueContacts(
            @Parameter(description = "Keycloak user id whose list to read; the caller when omitted")
            @Size(max = UserId.MAX_LENGTH) @QueryParam("userId") String userId,
            @Parameter(description = "Page size, 1 to 100 (default 20)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "`nextCursor` of the previous page") @QueryParam("cursor") String cursor) {
        Optional<UserId> whose = userId == null || userId.isBlank() ? Optional.empty()
                : Optional.of(new UserId(userId));
        return cadence.overdueFor(whose, cursor, QueryParameters.pageLimit("limit", limit));
    }
}
