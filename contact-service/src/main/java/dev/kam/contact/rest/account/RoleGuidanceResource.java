package dev.kam.contact.rest.account;

import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.rest.ApiExamples;
import dev.kam.contact.service.guidance.ReadingGuidance;
import dev.kam.contact.service.guidance.RoleGuidanceView;
import dev.kam.plumbing.http.QueryParameters;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.problem.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How to work with each buying-centre role: fixed domain knowledge, the same for every account. */
@Path("/api/stakeholders/guidance")
@Authenticated
@Tag(name = "Coverage and guidance", description = "Coverage of a buying centre, next actions, role guidance")
@Produces(MediaType.APPLICATION_JSON)
public class RoleGuidanceResource {

    private final ReadingGuidance guidance;

    RoleGuidanceResource(ReadingGuidance guidance) {
        this.guidance = guidance;
    }

    @GET
    @Path("{role}")
    @Operation(summary = "Read the guidance for a role",
            description = "Why the role matters and the rules to follow with such a person, in order.")
    @APIResponse(responseCode = "200", description = "The guidance",
            content = @Content(schema = @Schema(implementation = RoleGuidanceView.class),
                    examples = @ExampleObject(name = "butler", value = ApiExamples.GUIDANCE)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "Not a role: LEADER, SPECIFIER, HELPER or BUTLER")
    public RoleGuidanceView getRoleGuidance(
            @Parameter(description = "LEADER, SPECIFIER, HELPER or BUTLER", example = "LEADER") @PathParam("role") String role) {
        BuyingCentreRole known;
        try {
            known = QueryParameters.enumValue("role", role, BuyingCentreRole.class);
        } catch (ProblemException e) {
            known = null;
        }
        if (known == null) {
            throw ProblemException.notFound("Guidance for role " + role);
        }
        return guidance.forRole(known);
    }
}
