package dev.kam.incentive.rest.employee;

import dev.kam.incentive.rest.ApiExamples;
import dev.kam.incentive.rest.IncentiveResponses;
import dev.kam.incentive.service.audit.AuditEntryView;
import dev.kam.incentive.service.audit.ReadingAudit;
import dev.kam.incentive.service.employee.ChangingEmployee;
import dev.kam.incentive.service.employee.EmployeeView;
import dev.kam.incentive.service.employee.ReadingEmployees;
import dev.kam.incentive.service.employee.RegisteringEmployee;
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

/** The people whose pay and workload this service keeps. */
@Path("/api/incentives/employees")
@Authenticated
@Tag(name = "Employees", description = "Employees, their position and professionalism")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmployeeResource {

    private final RegisteringEmployee registering;
    private final ChangingEmployee changing;
    private final ReadingEmployees reading;
    private final ReadingAudit audit;

    EmployeeResource(RegisteringEmployee registering, ChangingEmployee changing, ReadingEmployees reading,
            ReadingAudit audit) {
        this.registering = registering;
        this.changing = changing;
        this.reading = reading;
        this.audit = audit;
    }

    @POST
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Register an employee",
            description = "A person the identity provider knows (by Keycloak user id), with position and "
                    + "professionalism. compensation-admin only.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "kam", value = ApiExamples.EMPLOYEE_REGISTRATION)))
    @APIResponse(responseCode = "201", description = "Registered; `Location` and `ETag` set",
            content = @Content(schema = @Schema(implementation = EmployeeView.class),
                    examples = @ExampleObject(name = "employee", value = ApiExamples.EMPLOYEE)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "409", description = "Registered already")
    @APIResponse(responseCode = "422", description = "The identity provider does not know the person")
    @APIResponse(responseCode = "503", ref = SharedResponses.DIRECTORY_UNAVAILABLE)
    public Response registerEmployee(@Valid @NotNull RegisterEmployeeRequest request) {
        EmployeeView registered = registering.register(request.toProfile());
        return Response.created(URI.create("/api/incentives/employees/" + registered.userId())).entity(registered)
                .tag(EntityVersions.tagOf(registered.version())).build();
    }

    @GET
    @Path("/{userId}")
    @Operation(summary = "Read an employee",
            description = "The employee themselves or a compensation-admin; anyone else gets 403.")
    @APIResponse(responseCode = "200", description = "The employee; `ETag` set",
            content = @Content(schema = @Schema(implementation = EmployeeView.class),
                    examples = @ExampleObject(name = "employee", value = ApiExamples.EMPLOYEE)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A colleague's record")
    @APIResponse(responseCode = "404", description = "Not registered")
    public Response readEmployee(@Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId) {
        EmployeeView employee = reading.byId(userId);
        return Response.ok(employee).tag(EntityVersions.tagOf(employee.version())).build();
    }

    @PUT
    @Path("/{userId}")
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Change an employee's position or professionalism",
            description = "Against the version read (`If-Match`). compensation-admin only; audited.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "promoted", value = ApiExamples.EMPLOYEE_CHANGE)))
    @APIResponse(responseCode = "200", description = "Changed; `ETag` set",
            content = @Content(schema = @Schema(implementation = EmployeeView.class),
                    examples = @ExampleObject(name = "employee", value = ApiExamples.EMPLOYEE)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "Not registered")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response changeEmployee(@Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId,
            @Parameter(description = ApiExamples.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EmployeeChangeRequest request) {
        EmployeeView employee = changing.change(request.toProfile(userId), ifMatch);
        return Response.ok(employee).tag(EntityVersions.tagOf(employee.version())).build();
    }

    @GET
    @Path("/{userId}/audit")
    @RolesAllowed(Roles.COMPENSATION_ADMIN)
    @Operation(summary = "Read an employee's audit trail",
            description = "Every change to the employee's record: who, when, before and after. compensation-admin only.")
    @APIResponse(responseCode = "200", description = "The trail, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "trail", value = ApiExamples.AUDIT)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)
    @APIResponse(responseCode = "404", description = "No such employee")
    public List<AuditEntryView> readEmployeeAudit(@Size(max = UserId.MAX_LENGTH) @PathParam("userId") String userId) {
        return audit.ofEmployee(userId);
    }
}
