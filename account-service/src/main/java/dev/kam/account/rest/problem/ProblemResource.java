package dev.kam.account.rest.problem;

import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.ProblemStatus;
import dev.kam.account.rest.AccountResponses;
import dev.kam.account.rest.PeopleExamples;
import dev.kam.account.rest.RelationshipExamples;
import dev.kam.account.service.problem.ChangingProblem;
import dev.kam.account.service.problem.ProblemFilter;
import dev.kam.account.service.problem.ProblemView;
import dev.kam.account.service.problem.ReadingProblems;
import dev.kam.account.service.problem.RecordingProblem;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.http.QueryParameters;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.paging.Page;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

/** The client's problems and tasks: what they are, how much they matter, who owns them, where they stand. */
@Path("/api/accounts/{accountId}/problems")
@Authenticated
@Tag(name = "Client problems", description = "The client's problems and tasks, and the important ones still open")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemResource {

    private static final String IF_MATCH = "The ETag you read (the problem's version, quoted)";

    private final RecordingProblem recording;
    private final ChangingProblem changing;
    private final ReadingProblems reading;

    ProblemResource(RecordingProblem recording, ChangingProblem changing, ReadingProblems reading) {
        this.recording = recording;
        this.changing = changing;
        this.reading = reading;
    }

    @POST
    @Operation(summary = "Record a client problem",
            description = "Anyone on the account team records a problem or task of the client: its importance, "
                    + "whether we can solve it, whether a competitor could solve it on better terms, and its owner "
                    + "(a team member; the caller when omitted). It is OPEN and opened today unless said otherwise.")
    @RequestBody(content = @Content(
            examples = @ExampleObject(name = "late deliveries", value = RelationshipExamples.RECORD_PROBLEM)))
    @APIResponse(responseCode = "201", description = "Recorded; `Location` and `ETag` set",
            content = @Content(schema = @Schema(implementation = ProblemView.class),
                    examples = @ExampleObject(name = "problem", value = RelationshipExamples.PROBLEM)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.NOT_ON_TEAM)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    @APIResponse(responseCode = "422", description = "A rule says no: the owner is not on the team "
            + "(`owner-not-on-team`) or the opening date is in the future (`problem-opened-in-future`)"
            + "; or the owner named is not a person known to the identity provider"
            + " (`unknown-person`, naming the field)",
            content = @Content(mediaType = PeopleExamples.PROBLEM_JSON, examples = @ExampleObject(
                    name = "unknown-person", value = PeopleExamples.UNKNOWN_OWNER)))
    @APIResponse(responseCode = "503", ref = SharedResponses.DIRECTORY_UNAVAILABLE)
    public Response recordProblem(@PathParam("accountId") UUID accountId,
            @Valid @NotNull RecordProblemRequest request) {
        ProblemView recorded = recording.record(accountId, request.toDraft());
        return Response.created(URI.create("/api/accounts/" + accountId + "/problems/" + recorded.id()))
                .tag(EntityVersions.tagOf(recorded.version()))
                .entity(recorded)
                .build();
    }

    @GET
    @Operation(summary = "List an account's problems",
            description = "Most recently opened first, a page at a time. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "One page of problems")
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor is malformed")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    public Page<ProblemView> listProblems(@PathParam("accountId") UUID accountId,
            @Parameter(schema = @Schema(enumeration = {"OPEN", "IN_PROGRESS", "SOLVED", "DROPPED"}))
            @QueryParam("status") String status,
            @Parameter(schema = @Schema(enumeration = {"LOW", "MEDIUM", "HIGH", "CRITICAL"}))
            @QueryParam("importance") String importance,
            @Parameter(description = "Page size, 1 to 100 (default 20)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "`nextCursor` of the previous page") @QueryParam("cursor") String cursor) {
        ProblemFilter filter = new ProblemFilter(QueryParameters.enumValue("status", status, ProblemStatus.class),
                QueryParameters.enumValue("importance", importance, Importance.class));
        return reading.page(accountId, filter, cursor, QueryParameters.pageLimit("limit", limit));
    }

    @GET
    @Path("{problemId}")
    @Operation(summary = "Read a client problem", description = "One problem, with its version as `ETag`.")
    @APIResponse(responseCode = "200", description = "The problem; `ETag` set",
            content = @Content(schema = @Schema(implementation = ProblemView.class),
                    examples = @ExampleObject(name = "problem", value = RelationshipExamples.PROBLEM)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", description = "No such account or problem, or not visible to the caller")
    public Response getProblem(@PathParam("accountId") UUID accountId, @PathParam("problemId") UUID problemId) {
        return withTag(reading.get(accountId, problemId));
    }

    @PUT
    @Path("{problemId}")
    @Operation(summary = "Replace a client problem",
            description = "Rewrites every field (an omitted description is cleared), against the version read. "
                    + "Closing it (SOLVED, DROPPED) sets `resolvedOn` to today; reopening clears it.")
    @APIResponse(responseCode = "200", description = "Changed; new `ETag` set",
            content = @Content(schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.NOT_ON_TEAM)
    @APIResponse(responseCode = "404", description = "No such account or problem, or not visible to the caller")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "A rule says no (`owner-not-on-team`, "
            + "`problem-opened-in-future`, `problem-resolved-before-opened`)"
            + "; or a new owner is not a person known to the identity provider"
            + " (`unknown-person`, naming the field)",
            content = @Content(mediaType = PeopleExamples.PROBLEM_JSON, examples = @ExampleObject(
                    name = "unknown-person", value = PeopleExamples.UNKNOWN_OWNER)))
    @APIResponse(responseCode = "503", ref = SharedResponses.DIRECTORY_UNAVAILABLE)
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response replaceProblem(@PathParam("accountId") UUID accountId, @PathParam("problemId") UUID problemId,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReplaceProblemRequest request) {
        return withTag(changing.change(accountId, problemId, ifMatch, request.toChanges()));
    }

    @PATCH
    @Path("{problemId}")
    @Operation(summary = "Change a client problem",
            description = "Changes only the fields sent (a description sent empty is cleared), against the version "
                    + "read; e.g. `{\"status\": \"SOLVED\"}`. Closing it (SOLVED, DROPPED) sets `resolvedOn` to "
                    + "today; reopening clears it.")
    @RequestBody(content = @Content(
            examples = @ExampleObject(name = "solved", value = RelationshipExamples.UPDATE_PROBLEM)))
    @APIResponse(responseCode = "200", description = "Changed; new `ETag` set",
            content = @Content(schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, or nothing to change")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.NOT_ON_TEAM)
    @APIResponse(responseCode = "404", description = "No such account or problem, or not visible to the caller")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "A rule says no (`owner-not-on-team`, "
            + "`problem-opened-in-future`, `problem-resolved-before-opened`)"
            + "; or a new owner is not a person known to the identity provider"
            + " (`unknown-person`, naming the field)",
            content = @Content(mediaType = PeopleExamples.PROBLEM_JSON, examples = @ExampleObject(
                    name = "unknown-person", value = PeopleExamples.UNKNOWN_OWNER)))
    @APIResponse(responseCode = "503", ref = SharedResponses.DIRECTORY_UNAVAILABLE)
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response updateProblem(@PathParam("accountId") UUID accountId, @PathParam("problemId") UUID problemId,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateProblemRequest request) {
        return withTag(changing.change(accountId, problemId, ifMatch, request.toChanges()));
    }

    private static Response withTag(ProblemView problem) {
        return Response.ok(problem).tag(EntityVersions.tagOf(problem.version())).build();
    }
}
