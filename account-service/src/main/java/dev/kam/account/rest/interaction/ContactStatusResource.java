package dev.kam.account.rest.interaction;

import dev.kam.account.rest.AccountResponses;
import dev.kam.account.rest.RelationshipExamples;
import dev.kam.account.service.interaction.CheckingContactCadence;
import dev.kam.account.service.interaction.ContactStatusView;
import dev.kam.plumbing.openapi.SharedResponses;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether an account's next contact is due or overdue against its target cadence. */
@Path("/api/accounts/{accountId}/contact-status")
@Authenticated
@Tag(name = "Interactions")
@Produces(MediaType.APPLICATION_JSON)
public class ContactStatusResource {

    private final CheckingContactCadence cadence;

    ContactStatusResource(CheckingContactCadence cadence) {
        this.cadence = cadence;
    }

    @GET
    @Operation(summary = "Read an account's contact status",
            description = "The next contact is due one cadence interval after the last logged interaction (after "
                    + "registration if there has been none), counted in calendar days in the company's zone; it is "
                    + "overdue from the day after.")
    @APIResponse(responseCode = "200", description = "The contact status",
            content = @Content(schema = @Schema(implementation = ContactStatusView.class),
                    examples = @ExampleObject(name = "overdue", value = RelationshipExamples.CONTACT_STATUS)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    public ContactStatusView getContactStatus(@PathParam("accountId") UUID accountId) {
        return cadence.status(accountId);
    }
}
