package dev.kam.account.rest.plan;

import dev.kam.account.service.plan.OverduePlanActionView;
import dev.kam.account.service.plan.ReadingRetentionPlan;
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

/** Retention plan actions past their due date, across the portfolio the caller may read. */
@Path("/api/accounts/plan-actions/overdue")
@Authenticated
@Tag(name = "Retention plans")
@Produces(MediaType.APPLICATION_JSON)
public class OverduePlanActionsResource {

    private final ReadingRetentionPlan reading;

    OverduePlanActionsResource(ReadingRetentionPlan reading) {
        this.reading = reading;
    }

    @GET
    @Operation(summary = "List overdue plan actions",
            description = "Actions neither done nor cancelled whose due date has passed, longest overdue first, "
                    + "across the accounts the caller may read (their teams' accounts, or every account for "
                    + "sales-director and kam-admin); `mine=true` keeps only the caller's own actions.")
    @APIResponse(responseCode = "200", description = "One page of overdue actions")
    @APIResponse(responseCode = "400", description = "mine, limit or cursor is malformed")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    public Page<OverduePlanActionView> listOverduePlanActions(
            @Parameter(description = "true: only actions I own", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("mine") String mine,
            @Parameter(description = "Page size, 1 to 100 (default 20)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "`nextCursor` of the previous page") @QueryParam("cursor") String cursor) {
        return reading.overdue(QueryParameters.flag("mine", mine), cursor,
                QueryParameters.pageLimit("limit", limit));
    }
}
