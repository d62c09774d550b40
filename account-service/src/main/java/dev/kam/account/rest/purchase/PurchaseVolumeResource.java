package dev.kam.account.rest.purchase;

import dev.kam.account.rest.AccountResponses;
import dev.kam.account.rest.ApiExamplesNumbers;
import dev.kam.account.service.purchase.PurchaseVolumeView;
import dev.kam.account.service.purchase.ReadingPurchaseVolumes;
import dev.kam.account.service.purchase.RecordingPurchaseVolumes;
import dev.kam.account.service.purchase.VolumeComparisonView;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.kernel.period.PeriodType;
import dev.kam.plumbing.http.QueryParameters;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.paging.Page;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

@Path("/api/accounts/{accountId}/purchase-volumes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Purchase volumes", description = "What each key client bought per period, and the comparison with "
        + "the previous comparable period")
public class PurchaseVolumeResource {

    private final RecordingPurchaseVolumes recording;
    private final ReadingPurchaseVolumes reading;

    PurchaseVolumeResource(RecordingPurchaseVolumes recording, ReadingPurchaseVolumes reading) {
        this.recording = recording;
        this.reading = reading;
    }

    @PUT
    @Path("{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the purchase volume of one period",
            description = "Creates the period's record or replaces it (one record per account and period). Only "
                    + "those who manage the account may record volumes, because team members are paid on them. "
                    + "Publishes dev.kam.purchase.volume-recorded.v1 and reassesses the account's health. Sending "
                    + "the same figures again changes nothing and publishes nothing. All of an account's volumes "
                    + "are in one currency.")
    @APIResponse(responseCode = "201", description = "Recorded for the first time; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PurchaseVolumeView.class),
                    examples = @ExampleObject(name = "quarter", value = ApiExamplesNumbers.PURCHASE_VOLUME)))
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PurchaseVolumeView.class),
            examples = @ExampleObject(name = "quarter", value = ApiExamplesNumbers.PURCHASE_VOLUME)))
    @APIResponse(responseCode = "400", description = "Malformed period, amount, currency or quantity")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "The caller does not manage this account")
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    @APIResponse(responseCode = "422", description = "The currency differs from the account's other volumes")
    public Response recordPurchaseVolume(
            @PathParam("accountId") UUID accountId,
            @Parameter(description = "2026, 2026-H1, 2026-Q3 or 2026-03", example = "2026-Q1")
            @PathParam("period") String period,
            @NotNull @Valid
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "quarter",
                            value = ApiExamplesNumbers.PURCHASE_VOLUME_REQUEST)))
            PurchaseVolumeRequest request,
            @Context UriInfo uri) {
        RecordingPurchaseVolumes.Recorded recorded = recording.record(accountId, period, request.volume().amount(),
                request.volume().currency(), request.quantity(), field -> switch (field) {
                    case "amount", "currency" -> "volume." + field;
                    default -> field;
                });
        PurchaseVolumeView view = recorded.volume();
        if (recorded.created()) {
            return Response.created(uri.getBaseUriBuilder().path("api/accounts/{id}/purchase-volumes/{period}")
                    .build(accountId, view.period())).entity(view).build();
        }
        return Response.ok(view).build();
    }

    @GET
    @Operation(summary = "List an account's purchase volumes",
            description = "Newest period first, filtered by period type and a range of periods; cursor paginated. "
                    + "Volumes are part of the non-personal summary, so marketing may read them too.")
    @APIResponse(responseCode = "200", description = "A page of volumes")
    @APIResponse(responseCode = "400", description = "Bad filter, limit or cursor")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    public Page<PurchaseVolumeView> listPurchaseVolumes(
            @PathParam("accountId") UUID accountId,
            @Parameter(description = "MONTH, QUARTER, HALF_YEAR or YEAR") @QueryParam("periodType") String periodType,
            @Parameter(description = "Earliest period included, e.g. 2025 or 2025-Q3") @QueryParam("from") String from,
            @Parameter(description = "Latest period included, e.g. 2026-H1") @QueryParam("to") String to,
            @Parameter(description = "Page size, 1-100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return reading.list(accountId, QueryParameters.enumValue("periodType", periodType, PeriodType.class),
                QueryParameters.period("from", from), QueryParameters.period("to", to),
                QueryParameters.pageLimit("limit", limit), cursor);
    }

    @GET
    @Path("{period}")
    @Operation(summary = "Read the purchase volume of one period")
    @APIResponse(responseCode = "200", description = "The period's volume", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PurchaseVolumeView.class),
            examples = @ExampleObject(name = "quarter", value = ApiExamplesNumbers.PURCHASE_VOLUME)))
    @APIResponse(responseCode = "400", description = "Malformed period")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such account, or nothing recorded for the period")
    public PurchaseVolumeView getPurchaseVolume(@PathParam("accountId") UUID accountId,
            @Parameter(example = "2026-Q1") @PathParam("period") String period) {
        return reading.one(accountId, QueryParameters.period("period", period));
    }

    @GET
    @Path("{period}/comparison")
    @Operation(summary = "Compare a period with the previous comparable period",
            description = "The rule is explicit: SAME_PERIOD_PREVIOUS_YEAR (2026-Q1 against 2025-Q1) or "
                    + "PRECEDING_PERIOD (2026-Q1 against 2025-Q4). Without ?rule= the account's own rule applies.")
    @APIResponse(responseCode = "200", description = "The comparison", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VolumeComparisonView.class),
            examples = @ExampleObject(name = "decline", value = ApiExamplesNumbers.COMPARISON)))
    @APIResponse(responseCode = "400", description = "Malformed period or unknown rule")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such account, or nothing recorded for the period")
    public VolumeComparisonView comparePurchaseVolume(@PathParam("accountId") UUID accountId,
            @Parameter(example = "2026-Q1") @PathParam("period") String period,
            @Parameter(description = "SAME_PERIOD_PREVIOUS_YEAR or PRECEDING_PERIOD") @QueryParam("rule") String rule) {
        return reading.compare(accountId, QueryParameters.period("period", period),
                QueryParameters.enumValue("rule", rule, ComparisonRule.class));
    }
}
