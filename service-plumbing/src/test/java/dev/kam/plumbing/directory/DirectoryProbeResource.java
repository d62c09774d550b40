package dev.kam.plumbing.directory;

import dev.kam.kernel.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/** A stand-in for "add a team member": refuses anybody the directory does not know, as the services will. */
@Path("/test/directory/members")
public class DirectoryProbeResource {

    private final PeopleDirectory directory;

    public DirectoryProbeResource(PeopleDirectory directory) {
        this.directory = directory;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public void add(@Valid NewMember member) {
        directory.requireKnown("userId", UserId.of(member.userId()));
    }

    public record NewMember(@NotBlank String userId) {
    }
}
