package dev.kam.contact.rest.profile;

import dev.kam.contact.rest.ApiExamples;
import dev.kam.contact.rest.ContactResponses;
import dev.kam.contact.rest.PageSchemas;
import dev.kam.contact.service.profile.ErasingPersonalData;
import dev.kam.contact.service.profile.ErasureView;
import dev.kam.contact.service.profile.ExportingPersonalData;
import dev.kam.contact.service.profile.KeepingProfiles;
import dev.kam.contact.service.profile.PersonalDataExport;
import dev.kam.contact.service.profile.ProfileAuditView;
import dev.kam.contact.service.profile.ProfileView;
import dev.kam.contact.service.profile.ReadingProfileAudit;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.http.QueryParameters;
import dev.kam.plumbing.openapi.SharedResponses;
import dev.kam.plumbing.paging.Page;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Personal data about a client person (docs/adr/0014): the negotiation profile, its audit trail, the
 * export and the erasure. Profiles are for the members of the account team who negotiate; a director
 * or admin outside the team gets 403, anyone who may not see the account's people 404.
 */
@Path("/api/stakeholders/{id}")
@Authenticated
@Tag(name = "Personal data", description = "Negotiation profiles, their audit trail, export and erasure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final KeepingProfiles profiles;
    private final ReadingProfileAudit audit;
    private final ExportingPersonalData exporting;
    private final ErasingPersonalData erasing;

    ProfileResource(KeepingProfiles profiles, ReadingProfileAudit audit, ExportingPersonalData exporting,
            ErasingPersonalData erasing) {
        this.profiles = profiles;
        this.audit = audit;
        this.exporting = exporting;
        this.erasing = erasing;
    }

    @GET
    @Path("profile")
    @Operation(summary = "Read a negotiation profile",
            description = "The answers to the ten preparation questions (null when unanswered), completeness and "
                    + "open questions. The read is audited (who, when, which questions). Team members who negotiate "
                    + "(every team role but MARKETING).")
    @APIResponse(responseCode = "200", description = "The profile; `ETag` set (\"0\" before the first answer)",
            content = @Content(schema = @Schema(implementation = ProfileView.class),
                    examples = @ExampleObject(name = "profile", value = ApiExamples.PROFILE)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not a negotiating member of the account team (e.g. a director)")
    @APIResponse(responseCode = "404", description = "No such person, or not visible to the caller")
    public Response getProfile(@PathParam("id") UUID id) {
        ProfileView profile = profiles.read(id);
        return Response.ok(profile).tag(EntityVersions.tagOf(profile.version())).build();
    }

    @PUT
    @Path("profile")
    @Operation(summary = "Rewrite a negotiation profile",
            description = "Replaces every answer (a question left out or blank is cleared). Audited with the "
                    + "questions that changed, never the answers. Needs `If-Match` (\"0\" for the first write).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "profile", value = ApiExamples.PROFILE_REQUEST)))
    @APIResponse(responseCode = "200", description = "The profile after the change; `ETag` set",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (an answer longer than 2000 characters)")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ContactResponses.NOT_NEGOTIATING)
    @APIResponse(responseCode = "404", description = "No such person, or not visible to the caller")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "The person's data was erased")
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response updateProfile(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = ApiExamples.IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProfileRequest request) {
        ProfileView profile = profiles.write(id, ifMatch, request.toAnswers());
        return Response.ok(profile).tag(EntityVersions.tagOf(profile.version())).build();
    }

    @GET
    @Path("profile/audit")
    @Operation(summary = "Read a profile's audit trail",
            description = "Who read, changed, exported, erased or purged the profile, when, and which questions; "
                    + "never the answers. Newest first. Every member of the account team.")
    @APIResponse(responseCode = "200", description = "One page of the trail",
            content = @Content(schema = @Schema(implementation = PageSchemas.ProfileAuditPage.class),
                    examples = @ExampleObject(name = "trail", value = ApiExamples.PROFILE_AUDIT_PAGE)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not a member of the account team")
    @APIResponse(responseCode = "404", description = "No such person, or not visible to the caller")
    public Page<ProfileAuditView> listProfileAudit(@PathParam("id") UUID id,
            @Parameter(description = "1..100, default 20") @QueryParam("limit") String limit,
            @Parameter(description = ApiExamples.NEXT_CURSOR) @QueryParam("cursor") String cursor) {
        return audit.trail(id, cursor, QueryParameters.pageLimit("limit", limit));
    }

    @GET
    @Path("personal-data")
    @Operation(summary = "Export a person's data",
            description = "Everything this service holds about the person as JSON (record, assessments with "
                    + "reasons, relationships, profile), for a data-subject access request. Audited. Team members "
                    + "who negotiate.")
    @APIResponse(responseCode = "200", description = "The export",
            content = @Content(schema = @Schema(implementation = PersonalDataExport.class),
                    examples = @ExampleObject(name = "export", value = ApiExamples.EXPORT)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ContactResponses.NOT_NEGOTIATING)
    @APIResponse(responseCode = "404", description = "No such person, or not visible to the caller")
    public PersonalDataExport exportPersonalData(@PathParam("id") UUID id) {
        return exporting.export(id);
    }

    @DELETE
    @Path("personal-data")
    @Operation(summary = "Erase a person's data",
            description = "The person becomes an anonymised placeholder; roles, relationships and reporting lines "
                    + "stay. Name, position, department, channels, destination, profile and free-text reasons about "
                    + "him are removed from every table of this service. Publishes `dev.kam.stakeholder.erased.v1`. "
                    + "Team members who negotiate, and kam-admin (data-subject requests). Erasing again changes "
                    + "nothing.")
    @APIResponse(responseCode = "200", description = "Erased",
            content = @Content(schema = @Schema(implementation = ErasureView.class),
                    examples = @ExampleObject(name = "erased", value = ApiExamples.ERASURE)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Neither a negotiating team member nor kam-admin")
    @APIResponse(responseCode = "404", description = "No such person, or not visible to the caller")
    public ErasureView erasePersonalData(@PathParam("id") UUID id) {
        return erasing.erase(id);
    }
}
