package dev.kam.contact.rest.relationship;

import dev.kam.contact.rest.ApiExamples;
import dev.kam.contact.rest.ContactResponses;
import dev.kam.contact.service.relationship.ManagingRelationships;
import dev.kam.contact.service.relationship.ReadingRelationships;
import dev.kam.contact.service.relationship.RelationshipView;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.idempotency.Idempotency;
import dev.kam.plumbing.openapi.SharedResponses;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who of ours knows a client person, what kind of contact, how it goes, why, and when they last spoke. */
@Path("/api/stakeholders/{id}/relationships")
@Authenticated
@Tag(name = "Relationships", description = "Our people's relationships with the client's people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RelationshipResource {

    private final ManagingRelationships managing;
    private final ReadingRelationships reading;
    private final Idempotency idempotency;

    RelationshipResource(ManagingRelationships managing, ReadingRelationships reading, Idempotency idempotency) {
        this.managing = managing;
        this.reading = reading;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Record a relationship",
            description = "One relationship per pair of our person and theirs; our person must be on the account "
                    + "team. Publishes `dev.kam.stakeholder.relationship-changed.v1` (ADDED) and, when the figures "
                    + "change, coverage-changed. Members of the account team.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "good", value = ApiExamples.NEW_RELATIONSHIP)))
    @APIResponse(responseCode = "201", description = "Recorded; `Location` and `ETag` set",
            content = @Content(schema = @Schema(implementation = RelationshipView.class),
                    examples = @ExampleObject(name = "relationship", value = ApiExamples.RELATIONSHIP)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ContactResponses.READ_ONLY)
    @APIResponse(responseCode = "404", description = "No such person, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "This pair already has a relationship (change it instead)")
    @APIResponse(responseCode = "422", description = "Our person is not on the account team, the last contact lies "
            + "in the future, or the person was erased")
    public Response addRelationship(@PathParam("id") UUID id,
            @Parameter(description = ApiExamples.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull RelationshipRequest request) {
        return idempotency.respond(key, "POST /api/stakeholders/" + id + "/relationships", request, () -> {
            RelationshipView added = managing.add(id, UserId.of(request.holderId().strip()), request.toDraft());
            return Response.created(URI.create("/api/stakeholders/" + id + "/relationships/" + added.id()))
                    .tag(EntityVersions.tagOf(added.version())).entity(added).build();
        });
    }

    @GET
    @Operation(summary = "List a stakeholder's relationships", description = "Everyone of ours who knows him.")
    @APIResponse(responseCode = "200", description = "The relationships, oldest first",
            content = @Content(schema = @Schema(implementation = RelationshipView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "relationships", value = ApiExamples.RELATIONSHIPS)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such person, or not visible to the caller")
    public List<RelationshipView> listRelationships(@PathParam("id") UUID id) {
        return reading.of(id);
    }

    @GET
    @Path("{relationshipId}")
    @Operation(summary = "Read a relationship", description = "One relationship; `ETag` set.")
    @APIResponse(responseCode = "200", description = "The relationship",
            content = @Content(schema = @Schema(implementation = RelationshipView.class),
                    examples = @ExampleObject(name = "relationship", value = ApiExamples.RELATIONSHIP)))
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such relationship, or not visible to the caller")
    public Response getRelationship(@PathParam("id") UUID id, @PathParam("relationshipId") UUID relationshipId) {
        RelationshipView relationship = reading.one(id, relationshipId);
        return Response.ok(relationship).tag(EntityVersions.tagOf(relationship.version())).build();
    }

    @PUT
    @Path("{relationshipId}")
    @Operation(summary = "Change a relationship",
            description = "Rewrites type, quality, reason and last contact. A new type or quality publishes "
                    + "relationship-changed (UPDATED). Needs `If-Match`.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "cooler",
            value = ApiExamples.RELATIONSHIP_CHANGE)))
    @APIResponse(responseCode = "200", description = "The relationship after the change; `ETag` set",
            content = @Content(schema = @Schema(implementation = RelationshipView.class)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ContactResponses.READ_ONLY)
    @APIResponse(responseCode = "404", description = "No such relationship, or not visible to the caller")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "The last contact lies in the future, or the person was erased")
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response updateRelationship(@PathParam("id") UUID id, @PathParam("relationshipId") UUID relationshipId,
            @Parameter(in = ParameterIn.HEADER, description = ApiExamples.IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RelationshipChangeRequest request) {
        RelationshipView changed = managing.change(id, relationshipId, ifMatch, request.toDraft());
        return Response.ok(changed).tag(EntityVersions.tagOf(changed.version())).build();
    }

    @DELETE
    @Path("{relationshipId}")
    @Operation(summary = "Remove a relationship",
            description = "Publishes relationship-changed (REMOVED) and, when the figures change, coverage-changed.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ContactResponses.READ_ONLY)
    @APIResponse(responseCode = "404", description = "No such relationship, or not visible to the caller")
    @APIResponse(responseCode = "412", ref = SharedResponses.STALE_VERSION)
    @APIResponse(responseCode = "422", description = "The person was erased")
    public Response removeRelationship(@PathParam("id") UUID id, @PathParam("relationshipId") UUID relationshipId,
            @Parameter(in = ParameterIn.HEADER, description = ApiExamples.IF_MATCH_OPTIONAL)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        managing.remove(id, relationshipId, ifMatch);
        return Response.noContent().build();
    }
}
