package dev.kam.account.rest.purchase;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.account.rest.ApiExamplesNumbers;
import dev.kam.account.service.health.BackgroundYield;
import dev.kam.account.service.purchase.ImportingPurchaseVolumes;
import dev.kam.account.service.purchase.PurchaseImportResultView;
import dev.kam.account.service.purchase.PurchaseImportRow;
import dev.kam.plumbing.idempotency.Idempotency;
import dev.kam.plumbing.openapi.SharedResponses;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PurchaseImportResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Purchase volumes")
public class PurchaseImportResource {

    static final String PATH = "/api/accounts/purchase-volumes/imports";
    static final String TEXT_CSV = "text/csv";

    private final ImportingPurchaseVolumes importing;
    private final Idempotency idempotency;
    private final ObjectMapper objectMapper;
    private final BackgroundYield backgroundYield;

    PurchaseImportResource(ImportingPurchaseVolumes importing, Idempotency idempotency, ObjectMapper objectMapper,
            BackgroundYield backgroundYield) {
        this.importing = importing;
        this.idempotency = idempotency;
        this.objectMapper = objectMapper;
        this.backgroundYield = backgroundYield;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, TEXT_CSV})
    @Operation(summary = "Import purchase volumes of many accounts at once",
            description = "As an ERP sends them: a JSON array of rows or a CSV with the header "
                    + "accountId|legalId,period,amount,currency[,quantity]. All or nothing: every row is checked "
                    + "first (account known and managed by the caller - kam-admin manages all -, period, amount, "
                    + "currency, quantity, each account and period once, one currency per account); any fault "
                    + "rejects the whole batch with a 422 whose violations name the row (counted from 1, the CSV "
                    + "header not counted) and the field, e.g. rows[3].period, and nothing is stored. At most "
                    + "`kam.purchase-import.max-rows` rows (5000 by default). Each created or replaced period "
                    + "publishes dev.kam.purchase.volume-recorded.v1; identical rows change nothing, so a batch may "
                    + "safely be sent again (with the same Idempotency-Key, the first answer is replayed). The "
                    + "accounts' health is reassessed afterwards.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PurchaseImportRowJson.class),
                    examples = @ExampleObject(name = "json", value = ApiExamplesNumbers.IMPORT_JSON)),
            @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = ApiExamplesNumbers.IMPORT_CSV))})
    @APIResponse(responseCode = "200", description = "Imported", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PurchaseImportResultView.class),
            examples = @ExampleObject(name = "result", value = ApiExamplesNumbers.IMPORT_RESULT)))
    @APIResponse(responseCode = "400", description = "Not a JSON array, or a CSV without the required header")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "413", description = "More rows than a batch may hold (refused as soon as the row "
            + "after the last allowed one is read)")
    @APIResponse(responseCode = "415", description = "Neither application/json nor text/csv")
    @APIResponse(responseCode = "422", description = "At least one row is invalid (nothing was stored); a cell longer "
            + "than 256 characters or a CSV line longer than 1024 is refused at once, naming the row and "
            + "column; or the Idempotency-Key was used for another batch",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "rejected",
                    value = ApiExamplesNumbers.IMPORT_REJECTED)))
    public Response importPurchaseVolumes(@Context HttpHeaders headers,
            @Parameter(description = "Optional; a retry with the same key and batch replays the first answer")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            InputStream body) {
        try (BackgroundYield.BulkWrite ignored = backgroundYield.bulkWriteStarted()) {
            MediaType type = headers.getMediaType();
            InputStream content = body == null ? InputStream.nullInputStream() : body;
            List<PurchaseImportRow> rows = type != null && type.isCompatible(MediaType.valueOf(TEXT_CSV))
                    ? PurchaseImportRows.fromCsv(
                            new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8)),
                            importing.maxRows())
                    : PurchaseImportRows.fromJson(content, objectMapper, importing.maxRows());
            return idempotency.respond(idempotencyKey, "POST " + PATH, rows, () ->
                    Response.ok(importing.importRows(rows)).build());
        }
    }
}
