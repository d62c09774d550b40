package dev.kam.account.rest.team;

import dev.kam.account.domain.team.ZoneOfResponsibility;
import dev.kam.account.rest.AccountExamples;
import dev.kam.account.rest.AccountResponses;
import dev.kam.account.rest.PeopleExamples;
import dev.kam.account.rest.dossier.AccountResource;
import dev.kam.account.service.dossier.ReadingAccounts;
import dev.kam.account.service.team.AccountTeamView;
import dev.kam.account.service.team.ManagingTeam;
import dev.kam.account.service.team.TeamMemberView;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.idempotency.Idempotency;
import dev.kam.plumbing.openapi.SharedResponses;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

/**
 * The account team: one owner (KAM), members with roles and written zones. Every change bumps the
 * dossier version (the team's ETag is the dossier's) and publishes {@code dev.kam.account.team-changed.v1}.
 */
@Path("/api/accounts/{id}/team")
@Authenticated
@Tag(name = "Account team", description = "Who works the account, in which role and zone")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    private final ReadingAccounts reading;
    private final ManagingTeam managing;
    private final Idempotency idempotency;

    TeamResource(ReadingAccounts reading, ManagingTeam managing, Idempotency idempotency) {
        this.reading = reading;
        this.managing = managing;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "Read an account's team",
            description = "The owner and all members, for whoever may read the dossier.")
    @APIResponse(responseCode = "200", description = "The team; `ETag` set (the dossier version)",
            content = @Content(schema = @Schema(implementation = AccountTeamView.class),
                    examples = @ExampleObject(name = "team", value = AccountExamples.TEAM)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    public Response getAccountTeam(@PathParam("id") UUID id) {
        AccountTeamView team = reading.team(id);
        return Response.ok(team).tag(EntityVersions.tagOf(team.version())).build();
    }

    @POST
    @Path("members")
    @Operation(summary = "Add a team member",
            description = "Someone joins the team with a role and a written zone of responsibility. Owner and KAMs "
                    + "of the team, and kam-admin. `If-Match` is checked when sent.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "member", value = AccountExamples.NEW_MEMBER)))
    @APIResponse(responseCode = "201", description = "Added; `Location` and `ETag` set",
            content = @Content(schema = @Schema(implementation = TeamMemberView.class)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "The caller may not change this team")
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "The person is already on the team"
            + "; or the new member is not a person known to the identity provider"
            + " (`unknown-person`, naming the field)",
            content = @Content(mediaType = PeopleExamples.PROBLEM_JSON, examples = @ExampleObject(
                    name = "unknown-person", value = PeopleExamples.UNKNOWN_MEMBER)))
    @APIResponse(responseCode = "503", ref = SharedResponses.DIRECTORY_UNAVAILABLE)
    public Response addTeamMember(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag you read (optional)")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "Makes a retry safe: any unique string, e.g. a UUID")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull NewTeamMemberRequest request) {
        return idempotency.respond(idempotencyKey, "POST /api/accounts/" + id + "/team/members", request, () -> {
            AccountTeamView team = managing.addMember(id, ifMatch, request.toMember());
            TeamMemberView added = memberOf(team, request.userId().strip());
            return Response.created(memberUri(id, added.userId()))
                    .tag(EntityVersions.tagOf(team.version()))
                    .entity(added)
                    .build();
        });
    }

    @GET
    @Path("members/{userId}")
    @Operation(summary = "Read a team member", description = "One member's role and zone.")
    @APIResponse(responseCode = "200", description = "The member; `ETag` set (the dossier version)",
            content = @Content(schema = @Schema(implementation = TeamMemberView.class)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", description = "No such account or member, or not visible to the caller")
    public Response getTeamMember(@PathParam("id") UUID id,
            @Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId) {
        AccountTeamView team = reading.team(id);
        return Response.ok(reading.member(id, userId)).tag(EntityVersions.tagOf(team.version())).build();
    }

    @PUT
    @Path("members/{userId}")
    @Operation(summary = "Change a team member's role and zone",
            description = "Replaces the member's role and zone. The owner stays KAM (transfer ownership first). "
                    + "Owner and KAMs of the team, and kam-admin. Needs `If-Match`.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "change", value = AccountExamples.MEMBER_CHANGE)))
    @APIResponse(responseCode = "200", description = "The member after the change; `ETag` set",
            content = @Content(schema = @Schema(implementation = TeamMemberView.class)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "The caller may not change this team")
    @APIResponse(responseCode = "404", description = "No such account or member, or not visible to the caller")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "The owner would stop being KAM")
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response updateTeamMember(@PathParam("id") UUID id,
            @Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId,
            @Parameter(in = ParameterIn.HEADER, description = AccountResource.IF_MATCH_DESCRIPTION, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TeamMemberChangeRequest request) {
        AccountTeamView team = managing.changeMember(id, ifMatch, UserId.of(userId), request.teamRole(),
                ZoneOfResponsibility.of(request.zone()));
        return Response.ok(memberOf(team, userId)).tag(EntityVersions.tagOf(team.version())).build();
    }

    @DELETE
    @Path("members/{userId}")
    @Operation(summary = "Remove a team member",
            description = "The member leaves the team; the departure is recorded for the health assessment "
                    + "(a member who left may take client relationships along). The owner cannot leave without "
                    + "a transfer first. Owner and KAMs of the team, and kam-admin. `If-Match` is checked when sent.")
    @APIResponse(responseCode = "204", description = "Removed; `ETag` is the new dossier version")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "The caller may not change this team")
    @APIResponse(responseCode = "404", description = "No such account or member, or not visible to the caller")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "The member is the owner (transfer ownership first)")
    public Response removeTeamMember(@PathParam("id") UUID id,
            @Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag you read (optional)")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AccountTeamView team = managing.removeMember(id, ifMatch, UserId.of(userId));
        return Response.noContent().tag(EntityVersions.tagOf(team.version())).build();
    }

    private static TeamMemberView memberOf(AccountTeamView team, String userId) {
        return team.members().stream().filter(member -> member.userId().equals(userId)).findFirst().orElseThrow();
    }

    static URI memberUri(UUID accountId, String userId) {
        return URI.create("/api/accounts/" + accountId + "/team/members/"
                + URLEncoder.encode(userId, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
