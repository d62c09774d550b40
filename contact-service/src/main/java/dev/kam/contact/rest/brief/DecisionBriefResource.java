package dev.kam.contact.rest.brief;

import dev.kam.contact.rest.ApiExamples;
import dev.kam.contact.service.brief.DecisionBriefView;
import dev.kam.contact.service.brief.PreparingDecisionBrief;
import dev.kam.plumbing.openapi.SharedResponses;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The negotiation brief of one purchase decision: its buying centre, the guidance and what to do next. */
@Path("/api/stakeholders/decisions/{decisionId}/brief")
@Authenticated
@Tag(name = "Negotiation briefs", description = "Preparation for a planned meeting with the client")
public class DecisionBriefResource {

    private final PreparingDecisionBrief preparing;

    DecisionBriefResource(PreparingDecisionBrief preparing) {
        this.preparing = preparing;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, BriefMarkdown.MEDIA_TYPE})
    @Operation(summary = "Read a purchase decision's negotiation brief",
            description = "For one deal or tender: the account's summary, latest interactions and open problems "
                    + "from account-service (asked with your token; when it cannot answer, `missing` says what is "
                    + "missing and why), then everyone still at the client who is assessed in the decision, with "
                    + "the role there and account-wide, the guidance for that role, when he was last informed and "
                    + "met, our relationships with him and - for account team members who negotiate only - his "
                    + "negotiation profile (each profile read is audited), and the next actions the decision's "
                    + "buying centre calls for. Computed, not stored. `Accept: text/markdown` returns it as "
                    + "Markdown. The account team, sales-director and kam-admin (these two without profiles).")
    @APIResponse(responseCode = "200", description = "The brief", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionBriefView.class),
                    examples = @ExampleObject(name = "brief", value = ApiExamples.DECISION_BRIEF)),
            @Content(mediaType = BriefMarkdown.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "markdown", value = ApiExamples.DECISION_BRIEF_MARKDOWN))})
    @APIResponse(responseCode = "400", description = "The decision id is malformed")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such decision, or not visible to the caller")
    public DecisionBriefView getDecisionBrief(@PathParam("decisionId") UUID decisionId) {
        return preparing.prepare(decisionId);
    }
}
