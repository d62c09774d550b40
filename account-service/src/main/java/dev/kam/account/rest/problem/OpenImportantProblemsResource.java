package dev.kam.account.rest.problem;

import dev.kam.account.service.problem.OpenProblemView;
import dev.kam.account.service.problem.ReadingProblems;
import dev.kam.plumbing.http.QueryParameters;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.paging.Page;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The important client problems still waiting for us, across the portfolio the caller may read. */
@Path("/api/accounts/problems/open-important")
@Authenticated
@Tag(name = "Client problems")
@Produces(MediaType.APPLICATION_JSON)
public class OpenImportantProblemsResource {

    private final ReadingProblems reading;

    OpenImportantProblemsResource(ReadingProblems reading) {
        this.reading = reading;
    }

    @GET
    @Operation(summary = "List open important problems",
            description = "HIGH and CRITICAL problems still OPEN or IN_PROGRESS, oldest first, across the accounts "
                    + "the caller may read: their teams' accounts, or every account for sales-director and "
                    + "kam-admin. Neglecting them cools a relationship.")
    @APIResponse(responseCode = "200", description = "One page of problems")
    @APIResponse(responseCode = "400", description = "minAgeDays, limit or cursor is malformed")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    public Page<OpenProblemView> listOpenImportantProblems(
            @Parameter(description = "Only problems open at least this many days (0 to 3650, default 0)",
                    schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("minAgeDays") String minAgeDays,
            @Parameter(description = "Page size, 1 to 100 (default 20)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "`nextCursor` of the previous page") @QueryParam("cursor") String cursor) {
        Integer minAge = QueryParameters.integer("minAgeDays", minAgeDays);
        return reading.openImportant(minAge == null ? 0 : minAge, cursor,
                QueryParameters.pageLimit("limit", limit));
    }
}
