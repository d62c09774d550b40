package dev.kam.account.rest.valuecase;

import dev.kam.account.rest.AccountResponses;
import dev.kam.account.rest.ApiExamplesNumbers;
import dev.kam.account.service.valuecase.BuildingValueCases;
import dev.kam.account.service.valuecase.ReadingValueCases;
import dev.kam.account.service.valuecase.ValueCaseSummaryView;
import dev.kam.account.service.valuecase.ValueCaseView;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/accounts/{accountId}/value-cases")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Value cases", description = "Total cost of ownership: our offer against an alternative, with the "
        + "arithmetic and the evidence behind every figure")
public class ValueCaseResource {

    private final BuildingValueCases building;
    private final ReadingValueCases reading;
    private final Idempotency idempotency;

    ValueCaseResource(BuildingValueCases building, ReadingValueCases reading, Idempotency idempotency) {
        this.building = building;
        this.reading = reading;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Build a value case",
            description = "Any member of the account team may (specialists bring the figures). The answer holds the "
                    + "calculation: both totals over the horizon, the saving, each line's arithmetic, the saving by "
                    + "evidence kind and the share of it resting on measured or demonstrable figures. Send an "
                    + "Idempotency-Key to make a retry safe.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValueCaseView.class),
            examples = @ExampleObject(name = "coolant", value = ApiExamplesNumbers.VALUE_CASE)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.NOT_ON_TEAM)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    public Response createValueCase(@PathParam("accountId") UUID accountId,
            @Parameter(description = "Optional; a retry with the same key and body replays the first answer")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull @Valid ValueCaseRequest request, @Context UriInfo uri) {
        return idempotency.respond(idempotencyKey, "POST /api/accounts/" + accountId + "/value-cases", request, () -> {
            ValueCaseView created = building.create(accountId, request.title(), request.toDomain());
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .tag(EntityVersions.tagOf(created.version()))
                    .entity(created)
                    .build();
        });
    }

    @GET
    @Operation(summary = "List an account's value cases", description = "Newest first, with totals; cursor paginated.")
    @APIResponse(responseCode = "200", description = "A page of value cases")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    public Page<ValueCaseSummaryView> listValueCases(@PathParam("accountId") UUID accountId,
            @Parameter(description = "Page size, 1-100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return reading.list(accountId, QueryParameters.pageLimit("limit", limit), cursor);
    }

    @GET
    @Path("{caseId}")
    @Operation(summary = "Read a value case with its calculation")
    @APIResponse(responseCode = "200", description = "The case and its calculation; ETag holds its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ValueCaseView.class)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", description = "No such account or case")
    public Response getValueCase(@PathParam("accountId") UUID accountId, @PathParam("caseId") UUID caseId) {
        ValueCaseView valueCase = reading.one(accountId, caseId);
        return Response.ok(valueCase).tag(EntityVersions.tagOf(valueCase.version())).build();
    }

    @PUT
    @Path("{caseId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a value case",
            description = "Replaces the whole case, components included. Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is returned", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValueCaseView.class)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.NOT_ON_TEAM)
    @APIResponse(responseCode = "404", description = "No such account or case")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response replaceValueCase(@PathParam("accountId") UUID accountId, @PathParam("caseId") UUID caseId,
            @Parameter(description = "The ETag of the version read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ValueCaseRequest request) {
        ValueCaseView replaced = building.replace(accountId, caseId, ifMatch, request.title(), request.toDomain());
        return Response.ok(replaced).tag(EntityVersions.tagOf(replaced.version())).build();
    }
}
