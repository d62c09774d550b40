package dev.kam.contact.rest.account;

import dev.kam.contact.rest.ApiExamples;
import dev.kam.contact.rest.ContactResponses;
import dev.kam.contact.service.coverage.CoverageView;
import dev.kam.contact.service.coverage.ReadingCoverage;
import dev.kam.contact.service.guidance.NextActionsView;
import dev.kam.contact.service.guidance.ReadingGuidance;
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

/** What an account's buying centre looks like as a whole: coverage and the next actions it calls for. */
@Path("/api/stakeholders/accounts/{accountId}")
@Authenticated
@Tag(name = "Coverage and guidance", description = "Coverage of a buying centre, next actions, role guidance")
@Produces(MediaType.APPLICATION_JSON)
public class AccountBuyingCentreResource {

    private final ReadingCoverage coverage;
    private final ReadingGuidance guidance;

    AccountBuyingCentreResource(ReadingCoverage coverage, ReadingGuidance guidance) {
        this.coverage = coverage;
        this.guidance = guidance;
    }

    @GET
    @Path("coverage")
    @Operation(summary = "Read an account's coverage",
            description = "Leaders reached, only a butler reachable, relationship holders, single-threaded, and the "
                    + "gaps with explanations (ids, never names). The account team, sales-director, kam-admin and "
                    + "marketing.")
    @APIResponse(responseCode = "200", description = "The coverage now",
            content = @Content(schema = @Schema(implementation = CoverageView.class),
                    examples = @ExampleObject(name = "coverage", value = ApiExamples.COVERAGE)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such account, or not visible to the caller")
    public CoverageView getCoverage(@PathParam("accountId") UUID accountId) {
        return coverage.of(accountId);
    }

    @GET
    @Path("next-actions")
    @Operation(summary = "Read an account's next actions",
            description = "Concrete steps the buying centre calls for: a butler as main contact with no leader "
                    + "reached, no leader identified, a leader nobody of ours knows, a specifier no interaction "
                    + "logged in account-service has informed for `kam.contact.specifier-inform-every-days` (60) "
                    + "days, poor relationships with key people, one of ours holding every relationship, no primary "
                    + "contact. The account team, sales-director and kam-admin.")
    @APIResponse(responseCode = "200", description = "The next actions, most urgent kinds first",
            content = @Content(schema = @Schema(implementation = NextActionsView.class),
                    examples = @ExampleObject(name = "actions", value = ApiExamples.NEXT_ACTIONS)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ContactResponses.COVERAGE_ONLY)
    @APIResponse(responseCode = "404", description = "No such account, or not visible to the caller")
    public NextActionsView getNextActions(@PathParam("accountId") UUID accountId) {
        return guidance.nextActions(accountId);
    }
}
