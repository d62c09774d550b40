package dev.kam.account.rest.status;

import dev.kam.account.rest.AccountExamples;
import dev.kam.account.rest.AccountResponses;
import dev.kam.account.service.dossier.AccountDossier;
import dev.kam.account.service.status.ChangingAccountStatus;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.idempotency.Idempotency;
import dev.kam.plumbing.openapi.SharedResponses;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Status changes of an account: a command, so a POST; the dossier after the change is the answer. */
@Path("/api/accounts/{id}/status-changes")
@Authenticated
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountStatusResource {

    private final ChangingAccountStatus changingStatus;
    private final Idempotency idempotency;

    AccountStatusResource(ChangingAccountStatus changingStatus, Idempotency idempotency) {
        this.changingStatus = changingStatus;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Change an account's status",
            description = "Moves the account to another status. Allowed: PROSPECT to KEY or LOST; KEY, AT_RISK and "
                    + "DORMANT among themselves and to LOST; LOST back to PROSPECT only (with a market state). "
                    + "LOST needs a loss review (causes and lessons), which becomes searchable. Owner and KAMs of "
                    + "the team, and kam-admin. `If-Match` is checked when sent. Publishes "
                    + "`dev.kam.account.status-changed.v1`.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "mark lost", value = AccountExamples.MARK_LOST),
            @ExampleObject(name = "win back", value = AccountExamples.WIN_BACK)}))
    @APIResponse(responseCode = "200", description = "The dossier after the change; `ETag` set",
            content = @Content(schema = @Schema(implementation = AccountDossier.class)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "The caller may read but not change this dossier")
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "The transition is not allowed, or a loss review or market "
            + "state is missing or out of place")
    public Response changeAccountStatus(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag you read (optional)")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Makes a retry safe: any unique string, e.g. a UUID")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull AccountStatusChangeRequest request) {
        return idempotency.respond(idempotencyKey, "POST /api/accounts/" + id + "/status-changes", request, () -> {
            AccountDossier dossier = changingStatus.change(id, ifMatch, request.toRequest());
            return Response.ok(dossier).tag(EntityVersions.tagOf(dossier.version())).build();
        });
    }
}
