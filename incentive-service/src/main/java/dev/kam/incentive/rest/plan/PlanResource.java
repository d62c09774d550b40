package dev.kam.incentive.rest.plan;

import dev.kam.incentive.rest.ApiExamples;
import dev.kam.incentive.rest.IncentiveResponses;
import dev.kam.incentive.rest.RuleProblemMappers;
import dev.kam.incentive.service.audit.AuditEntryView;
import dev.kam.incentive.service.plan.AmendingPlanDraft;
import dev.kam.incentive.service.plan.IssuingPlanVersion;
import dev.kam.incentive.service.plan.PlanView;
import dev.kam.incentive.service.plan.PuttingPlanInForce;
import dev.kam.incentive.service.plan.ReadingPayPlans;
import dev.kam.incentive.service.plan.StartingPayPlan;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Pay plans: drafted, amended while drafts, put in force, and changed afterwards only by a new
 * version. compensation-admin writes; the employee reads their own.
 */
@Path("/api/incentives/plans")
@Authenticated
@Tag(name = "Pay plans", description = "Pay plans under the base share cap, with KPIs and payout curves")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    private static final String CAP_422 = "A rule is broken: the base above the cap (with `base`, `share`, `cap`, "
            + "`largestBaseAllowed`), KPI weights not adding up to 100, an unregistered employee, a version in force";

    private final StartingPayPlan starting;
    private final AmendingPlanDraft amending;
    private final IssuingPlanVersion issuing;
    private final PuttingPlanInForce puttingInForce;
    private final ReadingPayPlans reading;

    PlanResource(StartingPayPlan starting, AmendingPlanDraft amending, IssuingPlanVersion issuing,
            PuttingPlanInForce puttingInForce, ReadingPayPlans reading) {
        this.starting = starting;
        this.amending = amending;
        this.issuing = issuing;
        this.puttingInForce = puttingInForce;
        this.reading = reading;
    }

    @POST
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Draft an employee's pay plan for a period",
            description = "Version 1, as a draft. The base may be at most the configured share (default 70 %) of "
                    + "the total possible reward; the KPI weights add up to 100. compensation-admin only; audited.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "kam-2026", value = ApiExamples.PLAN_REQUEST)))
    @APIResponse(responseCode = "201", description = "Drafted; `Location` and `ETag` set",
            content = @Content(schema = @Schema(implementation = PlanView.class),
                    examples = @ExampleObject(name = "plan", value = ApiExamples.PLAN)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "409", description = "The employee has a plan for the period already")
    @APIResponse(responseCode = "422", description = CAP_422,
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = RuleProblemMappers.CapProblem.class),
                    examples = @ExampleObject(name = "base-above-cap", value = ApiExamples.CAP_REFUSAL)))
    public Response startPlan(@Valid @NotNull PlanRequest request) {
        PlanView plan = starting.start(request.employee(), request.toPeriod(), request.toTerms());
        return Response.created(URI.create("/api/incentives/plans/" + plan.id())).entity(plan)
                .tag(EntityVersions.tagOf(plan.version())).build();
    }

    @GET
    @Operation(summary = "List an employee's pay plans",
            description = "By period. Without `employeeId`, the caller's own. A colleague's plans: 403 unless "
                    + "compensation-admin.")
    @APIResponse(responseCode = "200", description = "The plans",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PlanView.class),
                    examples = @ExampleObject(name = "plans", value = ApiExamples.PLAN_LIST)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A colleague's plans")
    public List<PlanView> listPlans(
            @Parameter(description = "Keycloak user id; the caller's own when left out") @QueryParam("employeeId")
            @Size(max = UserId.MAX_LENGTH) String employeeId) {
        return reading.ofEmployee(employeeId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a pay plan", description = "With every version. The employee or compensation-admin.")
    @APIResponse(responseCode = "200", description = "The plan; `ETag` set",
            content = @Content(schema = @Schema(implementation = PlanView.class),
                    examples = @ExampleObject(name = "plan", value = ApiExamples.PLAN)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A colleague's plan")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Response readPlan(@PathParam("id") UUID id) {
        PlanView plan = reading.byId(id);
        return Response.ok(plan).tag(EntityVersions.tagOf(plan.version())).build();
    }

    @PUT
    @Path("/{id}/draft")
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Amend the open draft", description = "Replaces the draft version's terms; a version in "
            + "force never changes (422: issue a new version). Against the version read. compensation-admin only.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "terms", value = ApiExamples.PLAN_TERMS)))
    @APIResponse(responseCode = "200", description = "Amended; `ETag` set",
            content = @Content(schema = @Schema(implementation = PlanView.class),
                    examples = @ExampleObject(name = "plan", value = ApiExamples.PLAN)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = CAP_422,
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = RuleProblemMappers.CapProblem.class),
                    examples = @ExampleObject(name = "base-above-cap", value = ApiExamples.CAP_REFUSAL)))
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response amendDraft(@PathParam("id") UUID id,
            @Parameter(description = ApiExamples.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PlanTermsRequest request) {
        PlanView plan = amending.amend(id, ifMatch, request.toTerms());
        return Response.ok(plan).tag(EntityVersions.tagOf(plan.version())).build();
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Issue a new version", description = "A new draft after the last version; the version in "
            + "force stays in force until the draft is put in force. compensation-admin only.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "terms", value = ApiExamples.PLAN_TERMS)))
    @APIResponse(responseCode = "200", description = "Issued; `ETag` set",
            content = @Content(schema = @Schema(implementation = PlanView.class),
                    examples = @ExampleObject(name = "plan", value = ApiExamples.PLAN)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = CAP_422 + "; or a draft is still open",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = RuleProblemMappers.CapProblem.class),
                    examples = @ExampleObject(name = "base-above-cap", value = ApiExamples.CAP_REFUSAL)))
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response issueVersion(@PathParam("id") UUID id,
            @Parameter(description = ApiExamples.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PlanTermsRequest request) {
        PlanView plan = issuing.issue(id, ifMatch, request.toTerms());
        return Response.ok(plan).tag(EntityVersions.tagOf(plan.version())).build();
    }

    @POST
    @Path("/{id}/in-force")
    @Consumes(MediaType.WILDCARD) // no body: the act is in the path
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Put the draft in force", description = "The version in force before it is superseded and "
            + "kept on record. compensation-admin only; audited.")
    @APIResponse(responseCode = "200", description = "In force; `ETag` set",
            content = @Content(schema = @Schema(implementation = PlanView.class),
                    examples = @ExampleObject(name = "plan", value = ApiExamples.PLAN)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "There is no draft to put in force")
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response putPlanInForce(@PathParam("id") UUID id,
            @Parameter(description = ApiExamples.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        PlanView plan = puttingInForce.putInForce(id, ifMatch);
        return Response.ok(plan).tag(EntityVersions.tagOf(plan.version())).build();
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Read a pay plan's audit trail",
            description = "Every change: who, when, the plan before and after. compensation-admin only.")
    @APIResponse(responseCode = "200", description = "The trail, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "trail", value = ApiExamples.AUDIT)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such plan")
    public List<AuditEntryView> readPlanAudit(@PathParam("id") UUID id) {
        return reading.auditOf(id);
    }
}
