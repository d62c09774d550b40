package dev.kam.incentive.rest.workload;

import dev.kam.incentive.rest.ApiExamples;
import dev.kam.incentive.rest.IncentiveResponses;
import dev.kam.incentive.rest.WorkloadExamples;
import dev.kam.incentive.service.audit.AuditEntryView;
import dev.kam.incentive.service.audit.ReadingAudit;
import dev.kam.incentive.service.workload.AssignmentRatingView;
import dev.kam.incentive.service.workload.OverloadAlertView;
import dev.kam.incentive.service.workload.RatingAssignment;
import dev.kam.incentive.service.workload.ReadingWorkload;
import dev.kam.incentive.service.workload.RecommendationView;
import dev.kam.incentive.service.workload.WorkloadNormsView;
import dev.kam.incentive.service.workload.WorkloadView;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
 * Workload norms: each employee's load against capacity with every factor's contribution, the
 * recommended number of key accounts, overload alerts, and the judged factors of each assignment.
 */
@Path("/api/incentives/workload")
@Authenticated
@Tag(name = "Workload", description = "Workload norms from the nine factors, capacity and overload")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkloadResource {

    private static final String USER_ID = "Keycloak user id of a registered employee";
    private static final String SELF_OR_STAFFING = "The employee, compensation-admin or kam-admin.";

    private final ReadingWorkload reading;
    private final RatingAssignment rating;
    private final ReadingAudit audit;

    WorkloadResource(ReadingWorkload reading, RatingAssignment rating, ReadingAudit audit) {
        this.reading = reading;
        this.rating = rating;
        this.audit = audit;
    }

    @GET
    @Path("/norms")
    @Operation(summary = "Read the workload norm in force",
            description = "The versioned weights of the nine factors and the capacity rule (configuration).")
    @APIResponse(responseCode = "200", description = "The norm",
            content = @Content(schema = @Schema(implementation = WorkloadNormsView.class),
                    examples = @ExampleObject(name = "norms", value = WorkloadExamples.NORMS)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    public WorkloadNormsView readWorkloadNorms() {
        return reading.norms();
    }

    @GET
    @Path("/employees/{userId}")
    @Operation(summary = "Read an employee's load against capacity",
            description = "Every account the employee works on (lost accounts left out) with its workload and each "
                    + "factor's contribution and source. " + SELF_OR_STAFFING)
    @APIResponse(responseCode = "200", description = "The load",
            content = @Content(schema = @Schema(implementation = WorkloadView.class),
                    examples = @ExampleObject(name = "load", value = WorkloadExamples.WORKLOAD)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A colleague's workload")
    @APIResponse(responseCode = "404", description = "Not a registered employee")
    public WorkloadView readEmployeeWorkload(@Parameter(description = USER_ID) @Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId) {
        return reading.loadOf(userId);
    }

    @GET
    @Path("/employees/{userId}/recommendation")
    @Operation(summary = "Read the recommended number of key accounts for an employee",
            description = "Capacity divided by the workload of an ordinary account for the employee's professionalism, "
                    + "rounded down, beside the number held now. " + SELF_OR_STAFFING)
    @APIResponse(responseCode = "200", description = "The recommendation",
            content = @Content(schema = @Schema(implementation = RecommendationView.class),
                    examples = @ExampleObject(name = "senior", value = WorkloadExamples.RECOMMENDATION)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A colleague's workload")
    @APIResponse(responseCode = "404", description = "Not a registered employee")
    public RecommendationView readAccountRecommendation(
            @Parameter(description = USER_ID) @Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId) {
        return reading.recommendationFor(userId);
    }

    @GET
    @Path("/alerts")
    @RolesAllowed({Roles.COMPENSATION_ADMIN, Roles.KAM_ADMIN})
    @Operation(summary = "List overload alerts",
            description = "Every registered employee whose load is above the norm's share of their capacity, most "
                    + "overloaded first, naming the three heaviest accounts. compensation-admin or kam-admin.")
    @APIResponse(responseCode = "200", description = "The alerts; empty when nobody is overloaded",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OverloadAlertView.class),
                    examples = @ExampleObject(name = "alerts", value = WorkloadExamples.ALERTS)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not a compensation-admin or kam-admin")
    public List<OverloadAlertView> listOverloadAlerts() {
        return reading.alerts();
    }

    @GET
    @Path("/assignments/{accountId}/employees/{userId}")
    @Operation(summary = "Read an assignment's rated workload factors",
            description = "The employee, the KAM who owns the account, or compensation-admin.")
    @APIResponse(responseCode = "200", description = "The rating; `ETag` set",
            content = @Content(schema = @Schema(implementation = AssignmentRatingView.class),
                    examples = @ExampleObject(name = "rating", value = WorkloadExamples.RATING)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Someone else's assignment")
    @APIResponse(responseCode = "404", description = "No such account, or not rated yet")
    public Response readAssignmentRating(@PathParam("accountId") UUID accountId,
            @Parameter(description = USER_ID) @Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId) {
        AssignmentRatingView rated = rating.ratingOf(accountId, userId);
        return Response.ok(rated).tag(EntityVersions.tagOf(rated.version())).build();
    }

    @PUT
    @Path("/assignments/{accountId}/employees/{userId}")
    @Operation(summary = "Rate an assignment's workload factors",
            description = "Client potential, distance, purchasing centralisation, internal coordination, delivery "
                    + "fulfilment, competition and support staff; a factor left out is ordinary. The first rating is "
                    + "simply set (201); one that exists is replaced against the version read (`If-Match`). "
                    + "compensation-admin or the KAM who owns the account; audited.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "far-and-decentralised", value = WorkloadExamples.RATING_REQUEST)))
    @APIResponse(responseCode = "200", description = "Replaced; `ETag` set",
            content = @Content(schema = @Schema(implementation = AssignmentRatingView.class),
                    examples = @ExampleObject(name = "rating", value = WorkloadExamples.RATING)))
    @APIResponse(responseCode = "201", description = "The first rating; `Location` and `ETag` set",
            content = @Content(schema = @Schema(implementation = AssignmentRatingView.class),
                    examples = @ExampleObject(name = "rating", value = WorkloadExamples.RATING)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Neither compensation-admin nor the account's KAM")
    @APIResponse(responseCode = "404", description = "No such account or employee")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "The employee is not on the account's team (`not-on-team`)")
    @APIResponse(responseCode = "428", description = "A rating exists and no `If-Match` was sent")
    public Response rateAssignment(@PathParam("accountId") UUID accountId,
            @Parameter(description = USER_ID) @Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId,
            @Parameter(description = ApiExamples.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AssignmentRatingRequest request) {
        RatingAssignment.Rated rated = rating.rate(accountId, userId, request.toRatings(), ifMatch);
        Response.ResponseBuilder answer = rated.created()
                ? Response.created(URI.create("/api/incentives/workload/assignments/" + accountId + "/employees/"
                        + rated.rating().employeeId()))
                : Response.ok();
        return answer.entity(rated.rating()).tag(EntityVersions.tagOf(rated.rating().version())).build();
    }

    @GET
    @Path("/assignments/{accountId}/employees/{userId}/audit")
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Read an assignment rating's audit trail",
            description = "Every rating: who, when, before and after. compensation-admin only.")
    @APIResponse(responseCode = "200", description = "The trail, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "trail", value = WorkloadExamples.AUDIT)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such assignment, now or in the trail")
    public List<AuditEntryView> readAssignmentRatingAudit(@PathParam("accountId") UUID accountId,
            @Parameter(description = USER_ID) @Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId) {
        return audit.ofAssignment(accountId, userId);
    }
}
