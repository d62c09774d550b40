package dev.kam.account.rest.portfolio;

import dev.kam.account.rest.ApiExamplesNumbers;
import dev.kam.account.service.portfolio.CoolingReportView;
import dev.kam.account.service.portfolio.ReportingCoolingPortfolio;
import dev.kam.plumbing.http.QueryParameters;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/accounts/portfolio")
@RolesAllowed({Roles.SALES_DIRECTOR, Roles.KAM_ADMIN, Roles.KEY_ACCOUNT_MANAGER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Relationship health")
public class PortfolioResource {

    private final ReportingCoolingPortfolio reporting;

    PortfolioResource(ReportingCoolingPortfolio reporting) {
        this.reporting = reporting;
    }

    @GET
    @Path("cooling")
    @Operation(summary = "Report the cooling accounts of the portfolio",
            description = "Accounts that cooled since a moment (default: the last 30 days), with the causes of their "
                    + "latest cooling, and the causes that recur most, so the same mistakes are not repeated. Sales "
                    + "directors and admins see every account; a key account manager sees the accounts on whose "
                    + "team they are. The list is cursor paginated; the cause counts cover all pages.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoolingReportView.class),
            examples = @ExampleObject(name = "report", value = ApiExamplesNumbers.COOLING_REPORT)))
    @APIResponse(responseCode = "400", description = "Bad since, limit or cursor")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not a sales director, admin or key account manager")
    public CoolingReportView reportCoolingPortfolio(
            @Parameter(description = "ISO-8601 instant, e.g. 2026-03-01T00:00:00Z") @QueryParam("since") String since,
            @Parameter(description = "Page size, 1-100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return reporting.report(QueryParameters.instant("since", since), QueryParameters.pageLimit("limit", limit), cursor);
    }
}
