package dev.kam.account.rest.health;

import dev.kam.account.rest.AccountResponses;
import dev.kam.account.rest.ApiExamplesNumbers;
import dev.kam.account.service.health.HealthAssessmentView;
import dev.kam.account.service.health.HealthHistoryEntryView;
import dev.kam.account.service.health.HealthView;
import dev.kam.account.service.health.ReadingAccountHealth;
import dev.kam.account.service.health.RequestingHealthAssessments;
import dev.kam.plumbing.http.QueryParameters;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.paging.Page;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/accounts/{accountId}/health")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Relationship health", description = "An explainable score from cooling signals, its history, and "
        + "coolings")
public class HealthResource {

    private final ReadingAccountHealth reading;
    private final RequestingHealthAssessments requesting;

    HealthResource(ReadingAccountHealth reading, RequestingHealthAssessments requesting) {
        this.reading = reading;
        this.requesting = requesting;
    }

    @GET
    @Operation(summary = "Read an account's relationship health",
            description = "Score 0-100, band and the causes with their penalties and explanations, as of the last "
                    + "assessment (made on a schedule, after purchases and stakeholder events, or on request). Part "
                    + "of the non-personal summary.")
    @APIResponse(responseCode = "200", description = "The current health", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HealthView.class),
            examples = @ExampleObject(name = "at risk", value = ApiExamplesNumbers.HEALTH)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such account, or not assessed yet")
    public HealthView getHealth(@PathParam("accountId") UUID accountId) {
        return reading.current(accountId);
    }

    @POST
    @Path("assessments")
    @Operation(summary = "Assess an account's health now",
            description = "Runs every cooling signal on what is stored now, keeps a history point when the result "
                    + "differs from the last one, and publishes HealthChanged / CoolingDetected as the scheduled "
                    + "assessment would. Anyone on the account team may ask.")
    @APIResponse(responseCode = "200", description = "The fresh assessment")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.NOT_ON_TEAM)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    public HealthAssessmentView assessHealth(@PathParam("accountId") UUID accountId) {
        return requesting.assessNow(accountId);
    }

    @GET
    @Path("history")
    @Operation(summary = "Read an account's health history",
            description = "Newest first; a point is kept whenever the assessment changed. Cursor paginated.")
    @APIResponse(responseCode = "200", description = "A page of history points")
    @APIResponse(responseCode = "400", description = "Bad limit or cursor")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    public Page<HealthHistoryEntryView> getHealthHistory(@PathParam("accountId") UUID accountId,
            @Parameter(description = "Page size, 1-100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return reading.history(accountId, QueryParameters.pageLimit("limit", limit), cursor);
    }
}
