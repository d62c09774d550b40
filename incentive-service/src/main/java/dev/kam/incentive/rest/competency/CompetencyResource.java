package dev.kam.incentive.rest.competency;

import dev.kam.incentive.rest.ApiExamples;
import dev.kam.incentive.rest.CompetencyExamples;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditEntryView;
import dev.kam.incentive.service.competency.AssessmentView;
import dev.kam.incentive.service.competency.CareerStepView;
import dev.kam.incentive.service.competency.CompetencyProfileView;
import dev.kam.incentive.service.competency.DevelopmentPlanView;
import dev.kam.incentive.service.competency.ReadingCompetencies;
import dev.kam.incentive.service.competency.RecordingAssessment;
import dev.kam.incentive.service.competency.RecordingCareerStep;
import dev.kam.incentive.service.competency.RecordingTraining;
import dev.kam.incentive.service.competency.SettingDevelopmentPlan;
import dev.kam.incentive.service.competency.TrainingView;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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

/**
 * Non-material incentives: competency assessments, training, a development plan and career steps.
 * compensation-admin and kam-admin write; the employee reads their own; anyone else gets 403.
 */
@Path("/api/incentives/employees/{userId}/competencies")
@Authenticated
@Tag(name = "Competencies", description = "Competency assessments, training, development plans and careers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompetencyResource {

    private static final String WRITERS = "Not a compensation-admin or kam-admin";
    private static final String USER_ID = "Keycloak user id of a registered employee";

    private final RecordingAssessment assessing;
    private final RecordingTraining training;
    private final SettingDevelopmentPlan planning;
    private final RecordingCareerStep careers;
    private final ReadingCompetencies reading;
    private final IncentiveAccess access;

    CompetencyResource(RecordingAssessment assessing, RecordingTraining training, SettingDevelopmentPlan planning,
            RecordingCareerStep careers, ReadingCompetencies reading, IncentiveAccess access) {
        this.assessing = assessing;
        this.training = training;
        this.planning = planning;
        this.careers = careers;
        this.reading = reading;
        this.access = access;
    }

    @GET
    @Operation(summary = "Read an employee's competencies and development",
            description = "The professionalism level (from the latest assessment when there is one, which replaces "
                    + "the typed level), assessments, training, development plan and career steps. The employee, "
                    + "compensation-admin or kam-admin.")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(implementation = CompetencyProfileView.class),
                    examples = @ExampleObject(name = "profile", value = CompetencyExamples.PROFILE)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A colleague's development")
    @APIResponse(responseCode = "404", description = "Not a registered employee")
    public CompetencyProfileView readCompetencies(@Parameter(description = USER_ID) @Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId) {
        return reading.profileOf(userId);
    }

    @POST
    @Path("/assessments")
    @RolesAllowed({Roles.COMPENSATION_ADMIN, Roles.KAM_ADMIN})
    @Operation(summary = "Record a competency assessment",
            description = "All seven competencies scored 1-5, dated, by an assessor other than the employee "
                    + "(`no-self-assessment`). From then on the employee's professionalism is derived from the latest "
                    + "assessment. compensation-admin or kam-admin; audited.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "autumn-review", value = CompetencyExamples.ASSESSMENT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names the profile",
            content = @Content(schema = @Schema(implementation = AssessmentView.class),
                    examples = @ExampleObject(name = "assessment", value = CompetencyExamples.ASSESSMENT)))
    @APIResponse(responseCode = "400", description = "Invalid input, with the fields at fault; a competency not scored")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = WRITERS)
    @APIResponse(responseCode = "404", description = "Not a registered employee")
    @APIResponse(responseCode = "422", description = "The employee assessed themselves (`no-self-assessment`)")
    public Response recordAssessment(@Parameter(description = USER_ID) @Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId,
            @Valid @NotNull AssessmentRequest request) {
        AssessmentView assessment = assessing.record(request.toAssessment(userId, access.caller().userId()));
        return Response.created(profile(userId)).entity(assessment).build();
    }

    @POST
    @Path("/training")
    @RolesAllowed({Roles.COMPENSATION_ADMIN, Roles.KAM_ADMIN})
    @Operation(summary = "Record a completed training", description = "compensation-admin or kam-admin; audited.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "negotiation", value = CompetencyExamples.TRAINING_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names the profile",
            content = @Content(schema = @Schema(implementation = TrainingView.class),
                    examples = @ExampleObject(name = "training", value = CompetencyExamples.TRAINING)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = WRITERS)
    @APIResponse(responseCode = "404", description = "Not a registered employee")
    public Response recordTraining(@Parameter(description = USER_ID) @Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId,
            @Valid @NotNull TrainingRequest request) {
        TrainingView recorded = training.record(request.toRecord(userId));
        return Response.created(profile(userId)).entity(recorded).build();
    }

    @GET
    @Path("/development-plan")
    @Operation(summary = "Read an employee's development plan",
            description = "The employee, compensation-admin or kam-admin.")
    @APIResponse(responseCode = "200", description = "The plan; `ETag` set",
            content = @Content(schema = @Schema(implementation = DevelopmentPlanView.class),
                    examples = @ExampleObject(name = "plan", value = CompetencyExamples.PLAN)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A colleague's plan")
    @APIResponse(responseCode = "404", description = "Not a registered employee, or no plan yet")
    public Response readDevelopmentPlan(@Parameter(description = USER_ID) @Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId) {
        DevelopmentPlanView plan = reading.planOf(userId);
        return Response.ok(plan).tag(EntityVersions.tagOf(plan.version())).build();
    }

    @PUT
    @Path("/development-plan")
    @RolesAllowed({Roles.COMPENSATION_ADMIN, Roles.KAM_ADMIN})
    @Operation(summary = "Set an employee's development plan",
            description = "Replaced as a whole. The first plan is simply set (201); a plan that exists is replaced "
                    + "against the version read (`If-Match`). compensation-admin or kam-admin; audited.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "plan", value = CompetencyExamples.PLAN_REQUEST)))
    @APIResponse(responseCode = "200", description = "Replaced; `ETag` set",
            content = @Content(schema = @Schema(implementation = DevelopmentPlanView.class),
                    examples = @ExampleObject(name = "plan", value = CompetencyExamples.PLAN)))
    @APIResponse(responseCode = "201", description = "The first plan; `Location` and `ETag` set",
            content = @Content(schema = @Schema(implementation = DevelopmentPlanView.class),
                    examples = @ExampleObject(name = "plan", value = CompetencyExamples.PLAN)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = WRITERS)
    @APIResponse(responseCode = "404", description = "Not a registered employee")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "The same action for the same competency twice "
            + "(`development-item-repeated`)")
    @APIResponse(responseCode = "428", description = "A plan exists and no `If-Match` was sent")
    public Response setDevelopmentPlan(@Parameter(description = USER_ID) @Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId,
            @Parameter(description = ApiExamples.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DevelopmentPlanRequest request) {
        SettingDevelopmentPlan.Set set = planning.set(request.toPlan(userId), ifMatch);
        Response.ResponseBuilder answer = set.created()
                ? Response.created(URI.create(profile(userId) + "/development-plan"))
                : Response.ok();
        return answer.entity(set.plan()).tag(EntityVersions.tagOf(set.plan().version())).build();
    }

    @POST
    @Path("/career-steps")
    @RolesAllowed({Roles.COMPENSATION_ADMIN, Roles.KAM_ADMIN})
    @Operation(summary = "Record a career step",
            description = "A position taken up, from a date not before the latest recorded step. compensation-admin "
                    + "or kam-admin; audited.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "promotion", value = CompetencyExamples.CAREER_STEP_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names the profile",
            content = @Content(schema = @Schema(implementation = CareerStepView.class),
                    examples = @ExampleObject(name = "step", value = CompetencyExamples.CAREER_STEP)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = WRITERS)
    @APIResponse(responseCode = "404", description = "Not a registered employee")
    @APIResponse(responseCode = "422", description = "Dated before the latest step (`career-step-order`)")
    public Response recordCareerStep(@Parameter(description = USER_ID) @Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId,
            @Valid @NotNull CareerStepRequest request) {
        CareerStepView step = careers.record(request.toStep(userId));
        return Response.created(profile(userId)).entity(step).build();
    }

    @GET
    @Path("/audit")
    @RolesAllowed({Roles.COMPENSATION_ADMIN, Roles.KAM_ADMIN})
    @Operation(summary = "Read the audit trail of an employee's development",
            description = "Assessments, training, plan changes and career steps: who, when, before and after. "
                    + "compensation-admin or kam-admin.")
    @APIResponse(responseCode = "200", description = "The trail, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "trail", value = CompetencyExamples.AUDIT)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = WRITERS)
    @APIResponse(responseCode = "404", description = "No such employee")
    public List<AuditEntryView> readCompetencyAudit(
            @Parameter(description = USER_ID) @Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId) {
        return reading.auditOf(userId);
    }

    private static URI profile(String userId) {
        return URI.create("/api/incentives/employees/" + userId + "/competencies");
    }
}
