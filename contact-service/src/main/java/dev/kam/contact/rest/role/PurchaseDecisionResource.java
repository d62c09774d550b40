package dev.kam.contact.rest.role;

import dev.kam.contact.rest.ApiExamples;
import dev.kam.contact.rest.ContactResponses;
import dev.kam.contact.rest.PageSchemas;
import dev.kam.contact.service.role.DecisionBuyingCentreView;
import dev.kam.contact.service.role.OpeningPurchaseDecision;
import dev.kam.contact.service.role.PurchaseDecisionView;
import dev.kam.contact.service.role.ReadingRoles;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Named buying centres for one deal or tender, where roles may differ from the account-wide ones. */
@Path("/api/stakeholders/decisions")
@Authenticated
@Tag(name = "Roles", description = "Role assessments and purchase decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PurchaseDecisionResource {

    private final OpeningPurchaseDecision opening;
    private final ReadingRoles reading;
    private final Idempotency idempotency;

    PurchaseDecisionResource(OpeningPurchaseDecision opening, ReadingRoles reading, Idempotency idempotency) {
        this.opening = opening;
        this.reading = reading;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Open a purchase decision",
            description = "Names a buying centre for one deal or tender of the account; assess people in it with "
                    + "`decisionId`. Members of the account team.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "tender", value = ApiExamples.NEW_DECISION)))
    @APIResponse(responseCode = "201", description = "Opened; `Location` set",
            content = @Content(schema = @Schema(implementation = PurchaseDecisionView.class),
                    examples = @ExampleObject(name = "decision", value = ApiExamples.DECISION)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ContactResponses.READ_ONLY)
    @APIResponse(responseCode = "404", description = "The account is not visible to the caller")
    @APIResponse(responseCode = "422", description = "Unknown account")
    public Response openPurchaseDecision(
            @Parameter(description = ApiExamples.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull OpenDecisionRequest request) {
        return idempotency.respond(key, "POST /api/stakeholders/decisions", request, () -> {
            PurchaseDecisionView opened = opening.open(request.accountId(), request.name());
            return Response.created(URI.create("/api/stakeholders/decisions/" + opened.id())).entity(opened).build();
        });
    }

    @GET
    @Operation(summary = "List an account's purchase decisions", description = "Oldest first, keyset-paged.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = PageSchemas.PurchaseDecisionPage.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.DECISION_PAGE)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ContactResponses.COVERAGE_ONLY)
    @APIResponse(responseCode = "404", description = "No such account, or not visible to the caller")
    public Page<PurchaseDecisionView> listPurchaseDecisions(
            @Parameter(description = "The account (required)", required = true) @QueryParam("accountId")
            String accountId,
            @Parameter(description = "1..100, default 20") @QueryParam("limit") String limit,
            @Parameter(description = ApiExamples.NEXT_CURSOR) @QueryParam("cursor") String cursor) {
        return reading.decisions(QueryParameters.requiredId("accountId", accountId), cursor,
                QueryParameters.pageLimit("limit", limit));
    }

    @GET
    @Path("{decisionId}")
    @Operation(summary = "Read a purchase decision's buying centre",
            description = "The decision and everyone assessed in it, with their role there and account-wide.")
    @APIResponse(responseCode = "200", description = "The decision and its members",
            content = @Content(schema = @Schema(implementation = DecisionBuyingCentreView.class),
                    examples = @ExampleObject(name = "centre", value = ApiExamples.DECISION_BUYING_CENTRE)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such decision, or not visible to the caller")
    public DecisionBuyingCentreView getPurchaseDecision(@PathParam("decisionId") UUID decisionId) {
        return reading.decision(decisionId);
    }
}
