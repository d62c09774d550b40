package dev.kam.contact.rest.role;

import dev.kam.contact.rest.ApiExamples;
import dev.kam.contact.rest.ContactResponses;
import dev.kam.contact.rest.PageSchemas;
import dev.kam.contact.service.role.AssessingRole;
import dev.kam.contact.service.role.AssessmentView;
import dev.kam.contact.service.role.ReadingRoles;
import dev.kam.plumbing.http.QueryParameters;
import dev.kam.plumbing.idempotency.Idempotency;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.paging.Page;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/** A person's place on the interest x involvement matrix, assessed again and again, history kept. */
@Path("/api/stakeholders/{id}/assessments")
@Authenticated
@Tag(name = "Roles", description = "Role assessments and purchase decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessingRole assessing;
    private final ReadingRoles reading;
    private final Idempotency idempotency;

    AssessmentResource(AssessingRole assessing, ReadingRoles reading, Idempotency idempotency) {
        this.assessing = assessing;
        this.reading = reading;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Assess a stakeholder's role",
            description = "Interest and involvement 1..5 with the reason; the role follows from the matrix (HIGH from "
                    + "3), or from `overrideRole` with its mandatory `overrideReason`. Account-wide, or in the purchase "
                    + "decision named by `decisionId`. A different role than before publishes "
                    + "`dev.kam.stakeholder.role-changed.v1`. Members of the account team.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "leader", value = ApiExamples.ASSESSMENT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; `Location` set",
            content = @Content(schema = @Schema(implementation = AssessmentView.class),
                    examples = @ExampleObject(name = "assessment", value = ApiExamples.ASSESSMENT)))
    @APIResponse(responseCode = "400", description = "Invalid input (an override without reason, a score outside 1..5)")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ContactResponses.READ_ONLY)
    @APIResponse(responseCode = "404", description = "No such person, or not visible to the caller")
    @APIResponse(responseCode = "422", description = "Unknown decision, a person who left, or an erased person")
    public Response assessStakeholder(@PathParam("id") UUID id,
            @Parameter(description = ApiExamples.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull AssessmentRequest request) {
        return idempotency.respond(key, "POST /api/stakeholders/" + id + "/assessments", request, () -> {
            AssessmentView assessed = assessing.assess(id, Optional.ofNullable(request.decisionId()),
                    request.toAssessment(""));
            return Response.created(URI.create("/api/stakeholders/" + id + "/assessments?decisionId="
                    + (assessed.decisionId() == null ? "" : assessed.decisionId()))).entity(assessed).build();
        });
    }

    @GET
    @Operation(summary = "Read a stakeholder's assessment history",
            description = "Every assessment, newest first: who, when, why, the scores and the role. Optionally of "
                    + "one purchase decision. The account team, sales-director and kam-admin.")
    @APIResponse(responseCode = "200", description = "One page of the history",
            content = @Content(schema = @Schema(implementation = PageSchemas.AssessmentPage.class),
                    examples = @ExampleObject(name = "history", value = ApiExamples.ASSESSMENT_PAGE)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such person, or not visible to the caller")
    public Page<AssessmentView> listAssessments(@PathParam("id") UUID id,
            @Parameter(description = "Only this purchase decision") @QueryParam("decisionId") String decisionId,
            @Parameter(description = "1..100, default 20") @QueryParam("limit") String limit,
            @Parameter(description = ApiExamples.NEXT_CURSOR) @QueryParam("cursor") String cursor) {
        return reading.history(id, QueryParameters.id("decisionId", decisionId), cursor,
                QueryParameters.pageLimit("limit", limit));
    }
}
