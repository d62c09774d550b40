package dev.kam.incentive.rest.bonus;

import dev.kam.incentive.rest.ApiExamples;
import dev.kam.incentive.rest.BonusExamples;
import dev.kam.incentive.rest.IncentiveResponses;
import dev.kam.incentive.rest.PageSchemas;
import dev.kam.incentive.service.audit.AuditEntryView;
import dev.kam.incentive.service.bonus.BonusAwardView;
import dev.kam.incentive.service.bonus.BonusEvaluationView;
import dev.kam.incentive.service.bonus.BonusPreviewView;
import dev.kam.incentive.service.bonus.BonusProgramView;
import dev.kam.incentive.service.bonus.ChangingBonusProgram;
import dev.kam.incentive.service.bonus.CreatingBonusProgram;
import dev.kam.incentive.service.bonus.EvaluatingBonusProgram;
import dev.kam.incentive.service.bonus.PreviewingBonusProgram;
import dev.kam.incentive.service.bonus.ReadingBonusAwards;
import dev.kam.incentive.service.bonus.ReadingBonusPrograms;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.idempotency.Idempotency;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.paging.Page;
import dev.kam.plumbing.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
 * Retention bonus programmes for the staff outside the key account team: set up and evaluated by
 * compensation-admin; each employee reads their own awards.
 */
@Path("/api/incentives/bonus-programs")
@Authenticated
@Tag(name = "Retention bonuses", description = "One-off payments when a group of key accounts keeps buying")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BonusProgramResource {

    private static final String RULES_422 = "A rule is broken: a quarter instead of a half-year or year (`bonus-period`), "
            + "an account account-service never announced (`bonus-account-unknown`), an unregistered eligible "
            + "person (`employee-not-registered`), or the programme is evaluated already (`bonus-program-evaluated`)";

    private final CreatingBonusProgram creating;
    private final ChangingBonusProgram changing;
    private final EvaluatingBonusProgram evaluating;
    private final PreviewingBonusProgram previewing;
    private final ReadingBonusPrograms reading;
    private final ReadingBonusAwards awards;
    private final Idempotency idempotency;

    BonusProgramResource(CreatingBonusProgram creating, ChangingBonusProgram changing,
            EvaluatingBonusProgram evaluating, PreviewingBonusProgram previewing, ReadingBonusPrograms reading,
            ReadingBonusAwards awards, Idempotency idempotency) {
        this.creating = creating;
        this.changing = changing;
        this.evaluating = evaluating;
        this.previewing = previewing;
        this.reading = reading;
        this.awards = awards;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Set up a retention bonus programme",
            description = "A group of key accounts, a half-year or year, the comparison rule (default: the same period "
                    + "a year before), the scope (default: the group's total), the eligible employees and the amount "
                    + "each receives. A retry with the same `Idempotency-Key` gets the first answer again. "
                    + "compensation-admin only; audited.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "northern-group", value = BonusExamples.PROGRAM_REQUEST)))
    @APIResponse(responseCode = "201", description = "Set up; `Location` and `ETag` set",
            content = @Content(schema = @Schema(implementation = BonusProgramView.class),
                    examples = @ExampleObject(name = "programme", value = BonusExamples.PROGRAM)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "422", description = RULES_422 + "; or the Idempotency-Key was used for another request")
    public Response createBonusProgram(
            @Parameter(description = "Makes a retry safe: any unique string, e.g. a UUID")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull BonusProgramRequest request) {
        return idempotency.respond(idempotencyKey, "POST /api/incentives/bonus-programs", request, () -> {
            BonusProgramView program = creating.create(request.toProgram());
            return Response.created(URI.create("/api/incentives/bonus-programs/" + program.id())).entity(program)
                    .tag(EntityVersions.tagOf(program.version())).build();
        });
    }

    @GET
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "List retention bonus programmes", description = "Oldest first, a page at a time. "
            + "compensation-admin only: programmes name everyone's bonus.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = PageSchemas.BonusProgramPage.class),
                    examples = @ExampleObject(name = "page", value = BonusExamples.PROGRAM_PAGE)))
    @APIResponse(responseCode = "400", description = "A limit outside 1-100 or a cursor this list did not issue")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    public Page<BonusProgramView> listBonusPrograms(
            @Parameter(description = "From the previous page's `nextCursor`") @QueryParam("cursor") String cursor,
            @Parameter(description = "1-100, default 20") @QueryParam("limit") Integer limit) {
        return reading.page(cursor, limit);
    }

    @GET
    @Path("/awards")
    @Operation(summary = "List an employee's bonus awards",
            description = "Without `employeeId`, the caller's own. A colleague's awards: 403 unless compensation-admin.")
    @APIResponse(responseCode = "200", description = "The awards, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BonusAwardView.class),
                    examples = @ExampleObject(name = "awards", value = BonusExamples.AWARDS)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A colleague's awards")
    public List<BonusAwardView> listBonusAwards(
            @Parameter(description = "Keycloak user id; the caller's own when left out") @QueryParam("employeeId")
            String employeeId) {
        return awards.ofEmployee(employeeId);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Read a retention bonus programme", description = "compensation-admin only.")
    @APIResponse(responseCode = "200", description = "The programme; `ETag` set",
            content = @Content(schema = @Schema(implementation = BonusProgramView.class),
                    examples = @ExampleObject(name = "programme", value = BonusExamples.PROGRAM)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such programme")
    public Response readBonusProgram(@PathParam("id") UUID id) {
        BonusProgramView program = reading.byId(id);
        return Response.ok(program).tag(EntityVersions.tagOf(program.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Change a programme's terms",
            description = "Replaced as a whole, against the version read (`If-Match`), until the programme is "
                    + "evaluated. compensation-admin only; audited.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "northern-group", value = BonusExamples.PROGRAM_REQUEST)))
    @APIResponse(responseCode = "200", description = "Changed; `ETag` set",
            content = @Content(schema = @Schema(implementation = BonusProgramView.class),
                    examples = @ExampleObject(name = "programme", value = BonusExamples.PROGRAM)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such programme")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = RULES_422)
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response changeBonusProgram(@PathParam("id") UUID id,
            @Parameter(description = ApiExamples.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BonusProgramRequest request) {
        BonusProgramView program = changing.change(id, ifMatch, request.toProgram());
        return Response.ok(program).tag(EntityVersions.tagOf(program.version())).build();
    }

    @POST
    @Path("/{id}/evaluation")
    @Consumes(MediaType.WILDCARD) // no body: the act is in the path
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Evaluate a programme at period close",
            description = "From the purchase facts: which accounts met the condition, which failed and why, and "
                    + "who is awarded. Once only: asking again answers 200 with the same evaluation and awards "
                    + "nothing more. Before the period has closed: 422 `bonus-period-open`. compensation-admin only; "
                    + "audited.")
    @APIResponse(responseCode = "201", description = "Evaluated now; `Location` set",
            content = @Content(schema = @Schema(implementation = BonusEvaluationView.class),
                    examples = @ExampleObject(name = "pays", value = BonusExamples.EVALUATION)))
    @APIResponse(responseCode = "200", description = "Evaluated before: the same evaluation",
            content = @Content(schema = @Schema(implementation = BonusEvaluationView.class),
                    examples = @ExampleObject(name = "pays", value = BonusExamples.EVALUATION)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such programme")
    @APIResponse(responseCode = "422", description = "The period has not closed yet (`bonus-period-open`) or the "
            + "group bought in several currencies (`bonus-one-currency`)",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "period-open", value = BonusExamples.PERIOD_OPEN)))
    public Response evaluateBonusProgram(@PathParam("id") UUID id) {
        EvaluatingBonusProgram.Evaluated evaluated = evaluating.evaluate(id);
        if (!evaluated.first()) {
            return Response.ok(evaluated.evaluation()).build();
        }
        return Response.created(URI.create("/api/incentives/bonus-programs/" + id + "/evaluation"))
                .entity(evaluated.evaluation()).build();
    }

    @GET
    @Path("/{id}/evaluation")
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Read a programme's evaluation", description = "compensation-admin only.")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(schema = @Schema(implementation = BonusEvaluationView.class),
                    examples = @ExampleObject(name = "pays", value = BonusExamples.EVALUATION)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such programme, or not evaluated yet")
    public BonusEvaluationView readBonusEvaluation(@PathParam("id") UUID id) {
        return reading.evaluationOf(id);
    }

    @GET
    @Path("/{id}/preview")
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Preview a programme's evaluation",
            description = "What the evaluation would find from the purchase facts known now (`asOf`), in the "
                    + "evaluation's shape, marked `final: false`: how the group is tracking. Allowed before and after "
                    + "the period's close (`periodClosed`); stores nothing, awards nothing, publishes nothing. Once the "
                    + "programme is evaluated (`evaluated`), that evaluation stands, whatever the preview shows. "
                    + "compensation-admin only.")
    @APIResponse(responseCode = "200", description = "The preview",
            content = @Content(schema = @Schema(implementation = BonusPreviewView.class),
                    examples = @ExampleObject(name = "tracking-below", value = BonusExamples.PREVIEW)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such programme")
    @APIResponse(responseCode = "422", description = "The group bought in several currencies (`bonus-one-currency`)")
    public BonusPreviewView previewBonusEvaluation(@PathParam("id") UUID id) {
        return previewing.preview(id);
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Read a programme's audit trail",
            description = "Creation, changes and the evaluation: who, when, before and after. compensation-admin only.")
    @APIResponse(responseCode = "200", description = "The trail, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "trail", value = BonusExamples.AUDIT)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such programme")
    public List<AuditEntryView> readBonusProgramAudit(@PathParam("id") UUID id) {
        return reading.auditOf(id);
    }
}
