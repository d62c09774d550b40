package dev.kam.contact.rest.stakeholder;

import dev.kam.contact.domain.stakeholder.StakeholderStatus;
import dev.kam.contact.rest.ApiExamples;
import dev.kam.contact.rest.ContactResponses;
import dev.kam.contact.rest.PageSchemas;
import dev.kam.contact.service.stakeholder.AddingStakeholder;
import dev.kam.contact.service.stakeholder.ChangingStakeholder;
import dev.kam.contact.service.stakeholder.ReadingStakeholders;
import dev.kam.contact.service.stakeholder.RecordingDeparture;
import dev.kam.contact.service.stakeholder.StakeholderView;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.http.QueryParameters;
import dev.kam.plumbing.idempotency.Idempotency;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.paging.Page;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The people of a client's buying centre: who they are, where they sit, how to reach them. */
@Path("/api/stakeholders")
@Authenticated
@Tag(name = "Stakeholders", description = "The people of a client's buying centre")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StakeholderResource {

    private final ReadingStakeholders reading;
    private final AddingStakeholder adding;
    private final ChangingStakeholder changing;
    private final RecordingDeparture departing;
    private final Idempotency idempotency;

    StakeholderResource(ReadingStakeholders reading, AddingStakeholder adding, ChangingStakeholder changing,
            RecordingDeparture departing, Idempotency idempotency) {
        this.reading = reading;
        this.adding = adding;
        this.changing = changing;
        this.departing = departing;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Add a stakeholder",
            description = "Puts a client person on record with the team's first (account-wide) assessment of "
                    + "interest and involvement, which gives his role. Members of the account team only. "
                    + "Publishes `dev.kam.stakeholder.added.v1` and, when the figures change, coverage-changed.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "butler", value = ApiExamples.NEW_STAKEHOLDER)))
    @APIResponse(responseCode = "201", description = "Added; `Location` and `ETag` set",
            content = @Content(schema = @Schema(implementation = StakeholderView.class),
                    examples = @ExampleObject(name = "added", value = ApiExamples.STAKEHOLDER)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ContactResponses.READ_ONLY)
    @APIResponse(responseCode = "404", description = "The account is not visible to the caller")
    @APIResponse(responseCode = "422", description = "Unknown account, or a rule broken (reporting line)")
    public Response addStakeholder(
            @Parameter(description = ApiExamples.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull AddStakeholderRequest request) {
        return idempotency.respond(key, "POST /api/stakeholders", request, () -> {
            StakeholderView added = adding.add(request.toNewStakeholder());
            return Response.created(URI.create("/api/stakeholders/" + added.id()))
                    .tag(EntityVersions.tagOf(added.version())).entity(added).build();
        });
    }

    @GET
    @Operation(summary = "List an account's stakeholders",
            description = "The people of one account in the order they were recorded, keyset-paged. The account "
                    + "team, sales-director and kam-admin.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = PageSchemas.StakeholderPage.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.STAKEHOLDER_PAGE)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ContactResponses.COVERAGE_ONLY)
    @APIResponse(responseCode = "404", description = "No such account, or not visible to the caller")
    public Page<StakeholderView> listStakeholders(
            @Parameter(description = "The account (required)", required = true) @QueryParam("accountId")
            String accountId,
            @Parameter(description = "ACTIVE or LEFT") @QueryParam("status") String status,
            @Parameter(description = "1..100, default 20") @QueryParam("limit") String limit,
            @Parameter(description = ApiExamples.NEXT_CURSOR) @QueryParam("cursor") String cursor) {
        return reading.page(QueryParameters.requiredId("accountId", accountId),
                QueryParameters.enumValue("status", status, StakeholderStatus.class), cursor,
                QueryParameters.pageLimit("limit", limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a stakeholder", description = "One person with his account-wide role.")
    @APIResponse(responseCode = "200", description = "The person; `ETag` set",
            content = @Content(schema = @Schema(implementation = StakeholderView.class),
                    examples = @ExampleObject(name = "person", value = ApiExamples.STAKEHOLDER)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such person, or not visible to the caller")
    public Response getStakeholder(@PathParam("id") UUID id) {
        StakeholderView person = reading.one(id);
        return Response.ok(person).tag(EntityVersions.tagOf(person.version())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rewrite a stakeholder",
            description = "Replaces name, position, department, reporting line, channels and the primary-contact "
                    + "flag (a field left out is cleared; marking someone primary takes the flag from whoever had "
                    + "it). Members of the account team. Needs `If-Match`.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "change", value = ApiExamples.STAKEHOLDER_CHANGE)))
    @APIResponse(responseCode = "200", description = "The person after the change; `ETag` set",
            content = @Content(schema = @Schema(implementation = StakeholderView.class)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ContactResponses.READ_ONLY)
    @APIResponse(responseCode = "404", description = "No such person, or not visible to the caller")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "A rule is broken (reporting cycle, erased person, primary "
            + "contact who left)")
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response updateStakeholder(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ApiExamples.IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ChangeStakeholderRequest request) {
        StakeholderView person = changing.change(id, ifMatch, request.toChanges());
        return Response.ok(person).tag(EntityVersions.tagOf(person.version())).build();
    }

    @POST
    @Path("{id}/departure")
    @Operation(summary = "Record that a stakeholder left the client",
            description = "He stays on record but no longer counts in coverage and loses the primary-contact flag. "
                    + "Publishes `dev.kam.stakeholder.left-client.v1`. Members of the account team.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "departure", value = ApiExamples.DEPARTURE)))
    @APIResponse(responseCode = "200", description = "The person after the departure; `ETag` set",
            content = @Content(schema = @Schema(implementation = StakeholderView.class)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ContactResponses.READ_ONLY)
    @APIResponse(responseCode = "404", description = "No such person, or not visible to the caller")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "Already left, or the day lies in the future")
    public Response recordDeparture(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ApiExamples.IF_MATCH_OPTIONAL)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DepartureRequest request) {
        StakeholderView person = departing.depart(id, ifMatch, request.leftOn(),
                Optional.ofNullable(request.destination()));
        return Response.ok(person).tag(EntityVersions.tagOf(person.version())).build();
    }
}
