package dev.kam.account.rest.team;

import dev.kam.account.domain.team.ZoneOfResponsibility;
import dev.kam.account.rest.AccountExamples;
import dev.kam.account.rest.AccountResponses;
import dev.kam.account.rest.PeopleExamples;
import dev.kam.account.service.team.AccountTeamView;
import dev.kam.account.service.team.ManagingTeam;
import dev.kam.kernel.UserId;
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
import java.util.Optional;
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

/** Handing a dossier to a new owner: explicit, audited and published, never a side effect. */
@Path("/api/accounts/{id}/ownership-transfers")
@Authenticated
@Tag(name = "Account team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnershipTransferResource {

    private final ManagingTeam managing;
    private final Idempotency idempotency;

    OwnershipTransferResource(ManagingTeam managing, Idempotency idempotency) {
        this.managing = managing;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Transfer an account's ownership",
            description = "The dossier changes hands. The new owner becomes KAM: with a `zone` they join the team "
                    + "(or their zone is rewritten); without one they must be on the team already. The previous "
                    + "owner stays on the team as KAM for the handover; removing them is a separate step. "
                    + "Owner and KAMs of the team, and kam-admin (e.g. when an owner leaves the company). "
                    + "`If-Match` is checked when sent.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "transfer", value = AccountExamples.TRANSFER)))
    @APIResponse(responseCode = "200", description = "The team after the transfer; `ETag` set",
            content = @Content(schema = @Schema(implementation = AccountTeamView.class)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "The caller may not change this team")
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "Already the owner, or not on the team and no zone given"
            + "; or the new owner is not a person known to the identity provider"
            + " (`unknown-person`, naming the field)",
            content = @Content(mediaType = PeopleExamples.PROBLEM_JSON, examples = @ExampleObject(
                    name = "unknown-person", value = PeopleExamples.UNKNOWN_NEW_OWNER)))
    @APIResponse(responseCode = "503", ref = SharedResponses.DIRECTORY_UNAVAILABLE)
    public Response transferAccountOwnership(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag you read (optional)")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Makes a retry safe: any unique string, e.g. a UUID")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull OwnershipTransferRequest request) {
        return idempotency.respond(idempotencyKey, "POST /api/accounts/" + id + "/ownership-transfers", request,
                () -> {
                    Optional<ZoneOfResponsibility> zone = request.zone() == null || request.zone().isBlank()
                            ? Optional.empty()
                            : Optional.of(ZoneOfResponsibility.of(request.zone()));
                    AccountTeamView team = managing.transferOwnership(id, ifMatch,
                            UserId.of(request.newOwnerId().strip()), zone);
                    return Response.ok(team).tag(EntityVersions.tagOf(team.version())).build();
                });
    }
}
