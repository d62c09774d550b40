package dev.kam.account.rest.plan;

import dev.kam.account.rest.AccountResponses;
import dev.kam.account.rest.PeopleExamples;
import dev.kam.account.rest.RelationshipExamples;
import dev.kam.account.service.plan.ChangingPlanAction;
import dev.kam.account.service.plan.PlanActionView;
import dev.kam.account.service.plan.PlanObjectiveView;
import dev.kam.account.service.plan.PlanningRetention;
import dev.kam.account.service.plan.ReadingRetentionPlan;
import dev.kam.account.service.plan.RetentionPlanView;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.openapi.SharedResponses;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An account's retention and loyalty plan: objectives, carried out through actions with owners and due dates. */
@Path("/api/accounts/{accountId}/plan")
@Authenticated
@Tag(name = "Retention plans", description = "Retention and loyalty plans: objectives, actions, overdue actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionPlanResource {

    private final PlanningRetention planning;
    private final ChangingPlanAction changing;
    private final ReadingRetentionPlan reading;

    RetentionPlanResource(PlanningRetention planning, ChangingPlanAction changing, ReadingRetentionPlan reading) {
        this.planning = planning;
        this.changing = changing;
        this.reading = reading;
    }

    @GET
    @Operation(summary = "Read an account's retention plan",
            description = "Objectives in the order they were set, each with its actions soonest due first; an "
                    + "action is `overdue` when it is neither done nor cancelled and its due date has passed.")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = RetentionPlanView.class),
                    examples = @ExampleObject(name = "plan", value = RelationshipExamples.PLAN)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    public RetentionPlanView getRetentionPlan(@PathParam("accountId") UUID accountId) {
        return reading.plan(accountId);
    }

    @POST
    @Path("objectives")
    @Operation(summary = "Add a plan objective",
            description = "The dossier owner or a KAM of the team (or a kam-admin) adds an objective to the plan. "
                    + "A plan holds at most 20 objectives, so it stays short enough to be followed.")
    @RequestBody(content = @Content(
            examples = @ExampleObject(name = "tender", value = RelationshipExamples.ADD_OBJECTIVE)))
    @APIResponse(responseCode = "201", description = "Added; `Location` set",
            content = @Content(schema = @Schema(implementation = PlanObjectiveView.class)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "The caller does not manage this account")
    @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)
    @APIResponse(responseCode = "422", description = "The plan is full (`plan-objectives-limit`)")
    public Response addPlanObjective(@PathParam("accountId") UUID accountId,
            @Valid @NotNull AddPlanObjectiveRequest request) {
        PlanObjectiveView added = planning.addObjective(accountId, request.title(),
                Optional.ofNullable(request.description()));
        return Response.created(URI.create("/api/accounts/" + accountId + "/plan/objectives/" + added.id()))
                .entity(added)
                .build();
    }

    @GET
    @Path("objectives/{objectiveId}")
    @Operation(summary = "Read a plan objective", description = "One objective with its actions.")
    @APIResponse(responseCode = "200", description = "The objective",
            content = @Content(schema = @Schema(implementation = PlanObjectiveView.class)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", description = "No such account or objective, or not visible to the caller")
    public PlanObjectiveView getPlanObjective(@PathParam("accountId") UUID accountId,
            @PathParam("objectiveId") UUID objectiveId) {
        return reading.objective(accountId, objectiveId);
    }

    @POST
    @Path("objectives/{objectiveId}/actions")
    @Operation(summary = "Add a plan action",
            description = "Those who manage the account add an action under an objective: a title, an owner on "
                    + "the team (the caller when omitted) and a due date; it is PLANNED unless said otherwise. "
                    + "An objective holds at most 30 actions.")
    @RequestBody(content = @Content(
            examples = @ExampleObject(name = "present to the CFO", value = RelationshipExamples.ADD_ACTION)))
    @APIResponse(responseCode = "201", description = "Added; `Location` and `ETag` set",
            content = @Content(schema = @Schema(implementation = PlanActionView.class)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "The caller does not manage this account")
    @APIResponse(responseCode = "404", description = "No such account or objective, or not visible to the caller")
    @APIResponse(responseCode = "422", description = "A rule says no: the owner is not on the team "
            + "(`owner-not-on-team`) or the objective is full (`plan-actions-limit`)"
            + "; or the owner named is not a person known to the identity provider"
            + " (`unknown-person`, naming the field)",
            content = @Content(mediaType = PeopleExamples.PROBLEM_JSON, examples = @ExampleObject(
                    name = "unknown-person", value = PeopleExamples.UNKNOWN_OWNER)))
    @APIResponse(responseCode = "503", ref = SharedResponses.DIRECTORY_UNAVAILABLE)
    public Response addPlanAction(@PathParam("accountId") UUID accountId,
            @PathParam("objectiveId") UUID objectiveId, @Valid @NotNull AddPlanActionRequest request) {
        PlanActionView added = planning.addAction(accountId, objectiveId, request.toNewAction());
        return Response.created(URI.create("/api/accounts/" + accountId + "/plan/actions/" + added.id()))
                .tag(EntityVersions.tagOf(added.version()))
                .entity(added)
                .build();
    }

    @GET
    @Path("actions/{actionId}")
    @Operation(summary = "Read a plan action", description = "One action, with its version as `ETag`.")
    @APIResponse(responseCode = "200", description = "The action; `ETag` set",
            content = @Content(schema = @Schema(implementation = PlanActionView.class)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = AccountResponses.SUMMARY_ONLY)
    @APIResponse(responseCode = "404", description = "No such account or action, or not visible to the caller")
    public Response getPlanAction(@PathParam("accountId") UUID accountId, @PathParam("actionId") UUID actionId) {
        return withTag(reading.action(accountId, actionId));
    }

    @PATCH
    @Path("actions/{actionId}")
    @Operation(summary = "Change a plan action",
            description = "Changes only the fields sent, against the version read. The action's owner may report "
                    + "progress (change the status alone); any other change (title, owner, due date, or someone "
                    + "else's status) is a change of the plan, for those who manage the account. Finishing it "
                    + "(DONE, CANCELLED) sets `completedOn` to today; reopening clears it.")
    @RequestBody(content = @Content(
            examples = @ExampleObject(name = "started", value = RelationshipExamples.UPDATE_ACTION)))
    @APIResponse(responseCode = "200", description = "Changed; new `ETag` set",
            content = @Content(schema = @Schema(implementation = PlanActionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, or nothing to change")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not the action's owner reporting progress, and not managing "
            + "the account")
    @APIResponse(responseCode = "404", description = "No such account or action, or not visible to the caller")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "The new owner is not on the team (`owner-not-on-team`)"
            + "; or the new owner is not a person known to the identity provider"
            + " (`unknown-person`, naming the field)",
            content = @Content(mediaType = PeopleExamples.PROBLEM_JSON, examples = @ExampleObject(
                    name = "unknown-person", value = PeopleExamples.UNKNOWN_OWNER)))
    @APIResponse(responseCode = "503", ref = SharedResponses.DIRECTORY_UNAVAILABLE)
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response updatePlanAction(@PathParam("accountId") UUID accountId, @PathParam("actionId") UUID actionId,
            @Parameter(description = "The ETag you read (the action's version, quoted)")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdatePlanActionRequest request) {
        return withTag(changing.change(accountId, actionId, ifMatch, request.toChanges()));
    }

    private static Response withTag(PlanActionView action) {
        return Response.ok(action).tag(EntityVersions.tagOf(action.version())).build();
    }
}
