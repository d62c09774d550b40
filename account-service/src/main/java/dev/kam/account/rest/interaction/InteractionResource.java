package dev.kam.account.rest.interaction;

import dev.kam.account.domain.dossier.InteractionKind;
import dev.kam.account.domain.dossier.Outcome;
import dev.kam.account.rest.AccountResponses;
import dev.kam.account.rest.PeopleExamples;
import dev.kam.account.rest.RelationshipExamples;
import dev.kam.account.service.interaction.InteractionFilter;
import dev.kam.account.service.interaction.InteractionView;
import dev.kam.account.service.interaction.LoggingInteraction;
import dev.kam.account.service.interaction.ReadingInteractions;
import dev.kam.plumbing.http.QueryParameters;
import dev.kam.plumbing.idempotency.Idempotency;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.paging.Page;
import dev.kam.plumbing.problem.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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

/** The relationship history of an account: meetings, calls, negotiations, emails and visits. */
@Path("/api/accounts/{accountId}/interactions")
@Authenticated
@Tag(name = "Interactions", description = "Relationship history and contact cadence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InteractionResource {

    private final LoggingInteraction logging;
    private final ReadingInteractions reading;
    private final Idempotency idempotency;

    InteractionResource(LoggingInteraction logging, ReadingInteractions reading, Idempotency idempotency) {
        this.logging = logging;
        this.reading = reading;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Log an interaction",
            description = "Anyone on the account team logs a contact that has taken place, with our participants "
                    + "(the caller when omitted), the client's (contact-service stakeholder ids), the outcome and "
                    + "the next step. A NEGOTIATION may carry the concessions given and received. The account's "
                    + "last contact moves forward (never back) and `dev.kam.account.interaction-logged.v1` is "
                    + "published without the summary. Send an `Idempotency-Key` to make a retry safe.")
    @RequestBody(content = @Content(
            examples = @ExampleObject(name = "negotiation", value = RelationshipExamples.LOG_NEGOTIATION)))
    @APIResponse(responseCode = "201", description = "Logged; `Location` set",
            content = @Content(schema = @Schema(implementation = InteractionView.class),
                    examples = @ExampleObject(name = "interaction", value = RelationshipExamples.INTERACTION)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.NOT_ON_TEAM)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    @APIResponse(responseCode = "422", description = "A rule says no: the interaction is in the future "
            + "(`interaction-in-future`) or concessions come with something other than a negotiation "
            + "(`concessions-need-negotiation`), or the Idempotency-Key was used for another request"
            + "; or one of our participants is not a person known to the identity provider"
            + " (`unknown-person`, naming the field)",
            content = @Content(mediaType = PeopleExamples.PROBLEM_JSON, examples = @ExampleObject(
                    name = "unknown-person", value = PeopleExamples.UNKNOWN_PARTICIPANT)))
    @APIResponse(responseCode = "503", ref = SharedResponses.DIRECTORY_UNAVAILABLE)
    public Response logInteraction(@PathParam("accountId") UUID accountId,
            @Parameter(description = "Makes a retry safe: any unique string, e.g. a UUID")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull LogInteractionRequest request) {
        return idempotency.respond(idempotencyKey, "POST /api/accounts/" + accountId + "/interactions", request,
                () -> {
                    InteractionView logged = logging.log(accountId, request.toNewInteraction());
                    return Response.created(
                                    URI.create("/api/accounts/" + accountId + "/interactions/" + logged.id()))
                            .entity(logged)
                            .build();
                });
    }

    @GET
    @Operation(summary = "List an account's interactions",
            description = "Newest first (by the time they took place, then id), a page at a time, with the "
                    + "concessions made in each negotiation. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of interactions")
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is malformed")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    public Page<InteractionView> listInteractions(@PathParam("accountId") UUID accountId,
            @Parameter(schema = @Schema(enumeration = {"MEETING", "CALL", "NEGOTIATION", "EMAIL", "VISIT"}))
            @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(enumeration = {"POSITIVE", "NEUTRAL", "NEGATIVE"}))
            @QueryParam("outcome") String outcome,
            @Parameter(description = "Took place at or after this instant (ISO-8601)") @QueryParam("from") String from,
            @Parameter(description = "Took place before this instant (ISO-8601)") @QueryParam("to") String to,
            @Parameter(description = "Page size, 1 to 100 (default 20)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "`nextCursor` of the previous page") @QueryParam("cursor") String cursor) {
        InteractionFilter filter = new InteractionFilter(
                QueryParameters.enumValue("kind", kind, InteractionKind.class),
                QueryParameters.enumValue("outcome", outcome, Outcome.class),
                instant("from", from), instant("to", to));
        return reading.page(accountId, filter, cursor, QueryParameters.pageLimit("limit", limit));
    }

    @GET
    @Path("{interactionId}")
    @Operation(summary = "Read an interaction", description = "One logged interaction, with its concessions.")
    @APIResponse(responseCode = "200", description = "The interaction",
            content = @Content(schema = @Schema(implementation = InteractionView.class),
                    examples = @ExampleObject(name = "interaction", value = RelationshipExamples.INTERACTION)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", description = "No such account or interaction, or not visible to the caller")
    public InteractionView getInteraction(@PathParam("accountId") UUID accountId,
            @PathParam("interactionId") UUID interactionId) {
        return reading.get(accountId, interactionId);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("The query parameter '" + name
                    + "' must be an ISO-8601 instant such as 2026-11-20T09:30:00Z");
        }
    }
}
