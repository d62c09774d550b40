package dev.kam.account.rest.concession;

import dev.kam.account.rest.AccountResponses;
import dev.kam.account.rest.RelationshipExamples;
import dev.kam.account.service.concession.ConcessionBalanceView;
import dev.kam.account.service.concession.ConcessionView;
import dev.kam.account.service.concession.ReadingConcessions;
import dev.kam.account.service.concession.RecordingConcession;
import dev.kam.plumbing.http.QueryParameters;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.paging.Page;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tit-for-tat: the concessions given to and received from a client, and their running balance. */
@Path("/api/accounts/{accountId}/concessions")
@Authenticated
@Tag(name = "Concessions", description = "Concessions given and received, and the tit-for-tat balance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConcessionResource {

    private final RecordingConcession recording;
    private final ReadingConcessions reading;

    ConcessionResource(RecordingConcession recording, ReadingConcessions reading) {
        this.recording = recording;
        this.reading = reading;
    }

    @POST
    @Operation(summary = "Record a concession",
            description = "Anyone on the account team records a concession given or received, on its own or for a "
                    + "negotiation already logged (`interactionId`). Concessions made while logging a negotiation "
                    + "are recorded with it instead.")
    @RequestBody(content = @Content(
            examples = @ExampleObject(name = "received", value = RelationshipExamples.RECORD_CONCESSION)))
    @APIResponse(responseCode = "201", description = "Recorded; `Location` set",
            content = @Content(schema = @Schema(implementation = ConcessionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (field violations, a malformed amount or currency)")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.NOT_ON_TEAM)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    @APIResponse(responseCode = "422", description = "The interaction is not in this account's history, or is not "
            + "a negotiation (`concessions-need-negotiation`)")
    public Response recordConcession(@PathParam("accountId") UUID accountId,
            @Valid @NotNull RecordConcessionRequest request) {
        ConcessionView recorded = recording.record(accountId, request.toNewConcession());
        return Response.created(URI.create("/api/accounts/" + accountId + "/concessions/" + recorded.id()))
                .entity(recorded)
                .build();
    }

    @GET
    @Operation(summary = "List an account's concessions", description = "Newest first, a page at a time.")
    @APIResponse(responseCode = "200", description = "One page of concessions")
    @APIResponse(responseCode = "400", description = "The limit or cursor is malformed")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    public Page<ConcessionView> listConcessions(@PathParam("accountId") UUID accountId,
            @Parameter(description = "Page size, 1 to 100 (default 20)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "`nextCursor` of the previous page") @QueryParam("cursor") String cursor) {
        return reading.page(accountId, cursor, QueryParameters.pageLimit("limit", limit));
    }

    @GET
    @Path("balance")
    @Operation(summary = "Read the concession balance",
            description = "Tit-for-tat tracking: how many concessions each side made, their values per currency "
                    + "and the reading. The reading compares the number of moves, not their prices: one side may "
                    + "be one move ahead and still be BALANCED.")
    @APIResponse(responseCode = "200", description = "The balance",
            content = @Content(schema = @Schema(implementation = ConcessionBalanceView.class),
                    examples = @ExampleObject(name = "we give more", value = RelationshipExamples.BALANCE)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    public ConcessionBalanceView getConcessionBalance(@PathParam("accountId") UUID accountId) {
        return reading.balance(accountId);
    }

    @GET
    @Path("{concessionId}")
    @Operation(summary = "Read a concession", description = "One recorded concession.")
    @APIResponse(responseCode = "200", description = "The concession",
            content = @Content(schema = @Schema(implementation = ConcessionView.class)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", description = "No such account or concession, or not visible to the caller")
    public ConcessionView getConcession(@PathParam("accountId") UUID accountId,
            @PathParam("concessionId") UUID concessionId) {
        return reading.get(accountId, concessionId);
    }
}
