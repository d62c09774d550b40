package dev.kam.contact.rest.brief;

import dev.kam.contact.rest.ApiExamples;
import dev.kam.contact.rest.ContactResponses;
import dev.kam.contact.service.brief.BriefView;
import dev.kam.contact.service.brief.PreparingBrief;
import dev.kam.plumbing.openapi.SharedResponses;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Negotiation briefs: everything the team should know before a planned meeting, on one page. */
@Path("/api/stakeholders/accounts/{accountId}/briefs")
@Authenticated
@Tag(name = "Negotiation briefs", description = "Preparation for a planned meeting with the client")
public class BriefResource {

    private final PreparingBrief preparing;

    BriefResource(PreparingBrief preparing) {
        this.preparing = preparing;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, BriefMarkdown.MEDIA_TYPE})
    @Operation(summary = "Prepare a negotiation brief",
            description = "For a planned meeting: the account's summary, latest interactions and open problems from "
                    + "account-service (asked with your token; when it cannot answer, `missing` says what is "
                    + "missing and why and the brief is still produced), and for each client attendee the role, "
                    + "the guidance for it, our relationships with him and - for account team members who "
                    + "negotiate only - his negotiation profile (each profile read is audited), then warnings "
                    + "about the line-up. Computed, not stored. `Accept: text/markdown` returns it as Markdown. "
                    + "The account team, sales-director and kam-admin (these two without profiles).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "meeting", value = ApiExamples.BRIEF_REQUEST)))
    @APIResponse(responseCode = "200", description = "The brief", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BriefView.class),
                    examples = @ExampleObject(name = "brief", value = ApiExamples.BRIEF)),
            @Content(mediaType = BriefMarkdown.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "markdown", value = ApiExamples.BRIEF_MARKDOWN))})
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ContactResponses.COVERAGE_ONLY)
    @APIResponse(responseCode = "404", description = "No such account, or not visible to the caller")
    @APIResponse(responseCode = "422",
            description = "An attendee is not an active person of this account, is named twice, or one of our "
                    + "people is unknown to the identity provider")
    @APIResponse(responseCode = "503", ref = SharedResponses.DIRECTORY_UNAVAILABLE)
    public BriefView prepareBrief(@PathParam("accountId") UUID accountId, @Valid @NotNull BriefRequest request) {
        return preparing.prepare(accountId, request.toPlan());
    }
}
