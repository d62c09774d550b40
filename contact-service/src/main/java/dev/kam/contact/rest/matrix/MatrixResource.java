package dev.kam.contact.rest.matrix;

import dev.kam.contact.rest.ApiExamples;
import dev.kam.contact.rest.ContactResponses;
import dev.kam.contact.service.matrix.MatrixView;
import dev.kam.contact.service.matrix.ReadingMatrix;
import dev.kam.plumbing.http.QueryParameters;
import dev.kam.plumbing.openapi.SharedResponses;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The buying centre as the interest x involvement matrix: as data, or as a picture to show. */
@Path("/api/stakeholders/accounts/{accountId}/matrix")
@Authenticated
@Tag(name = "Coverage and guidance", description = "Coverage of a buying centre, next actions, role guidance")
public class MatrixResource {

    private final ReadingMatrix matrix;

    MatrixResource(ReadingMatrix matrix) {
        this.matrix = matrix;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MatrixSvg.MEDIA_TYPE})
    @Operation(summary = "Read an account's buying-centre matrix",
            description = "The active people of the account on the 2x2 matrix of interest (vertical) and "
                    + "involvement (horizontal): scores, role, the quadrant the scores give (an overridden role may "
                    + "differ), primary contact, our best relationship quality (relationships held by the current "
                    + "team), and where to draw each person (`x`, `y` in 0..1, quadrant lines at 0.5; people with "
                    + "equal scores are stacked, never on top of each other). `Accept: image/svg+xml` returns the "
                    + "picture. With `decisionId`: the buying centre of that purchase decision, with the roles "
                    + "assessed there. The account team, sales-director and kam-admin.")
    @APIResponse(responseCode = "200", description = "The matrix", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixView.class),
                    examples = @ExampleObject(name = "matrix", value = ApiExamples.MATRIX)),
            @Content(mediaType = MatrixSvg.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "picture", value = ApiExamples.MATRIX_SVG))})
    @APIResponse(responseCode = "400", description = "`decisionId` is not a UUID")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ContactResponses.COVERAGE_ONLY)
    @APIResponse(responseCode = "404", description = "No such account or decision, or not visible to the caller")
    public MatrixView getMatrix(@PathParam("accountId") UUID accountId,
            @Parameter(description = "A purchase decision of this account: its buying centre only",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("decisionId") String decisionId) {
        return matrix.of(accountId, QueryParameters.id("decisionId", decisionId));
    }
}
