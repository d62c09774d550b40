package dev.kam.account.rest.audit;

import dev.kam.account.rest.AccountExamples;
import dev.kam.account.rest.AccountResponses;
import dev.kam.account.rest.PageSchemas;
import dev.kam.account.service.audit.AuditEntry;
import dev.kam.account.service.audit.ReadingAuditTrail;
import dev.kam.plumbing.http.QueryParameters;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.paging.Page;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who changed what in a dossier, and when. */
@Path("/api/accounts/{id}/audit")
@Authenticated
@Tag(name = "Audit trail", description = "Every change to a dossier: who, when, what")
@Produces(MediaType.APPLICATION_JSON)
public class AccountAuditResource {

    private final ReadingAuditTrail auditTrail;

    AccountAuditResource(ReadingAuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @GET
    @Operation(summary = "Read an account's audit trail",
            description = "Every change to the dossier, newest first, a page at a time: who made it, when, the "
                    + "action and the new values. For whoever may read the dossier (team, sales-director, kam-admin).")
    @APIResponse(responseCode = "200", description = "One page of audit entries",
            content = @Content(schema = @Schema(implementation = PageSchemas.AuditEntryPage.class),
                    examples = @ExampleObject(name = "page", value = AccountExamples.AUDIT)))
    @APIResponse(responseCode = "400", description = "The limit or cursor is malformed")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    public Page<AuditEntry> listAccountAudit(@PathParam("id") UUID id,
            @Parameter(description = "Page size, 1 to 100 (default 20)", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "`nextCursor` of the previous page") @QueryParam("cursor") String cursor) {
        return auditTrail.page(id, cursor, QueryParameters.pageLimit("limit", limit));
    }
}
