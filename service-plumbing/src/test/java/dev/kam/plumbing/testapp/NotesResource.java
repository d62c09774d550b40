package dev.kam.plumbing.testapp;

import dev.kam.kernel.period.Period;
import dev.kam.plumbing.http.PlanPeriod;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A small API over the note table, for the tests of input limits and problem answers. */
@Path("/test/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotesResource {

    public enum Kind { PLAIN, URGENT }

    /** {@code text} has no length rule on purpose: the column (200) is then the only check. */
    public record NoteRequest(@NotNull String text, Integer priority, Boolean pinned, List<@Size(max = 50) String> tags,
            LocalDate dueOn, Instant remindAt, UUID relatedTo, Kind kind) {
    }

    private final EntityManager entityManager;

    NotesResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @POST
    @Transactional
    public Map<String, Object> create(@Valid @NotNull NoteRequest request) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("insert into note (id, text) values (:id, :text)")
                .setParameter("id", id)
                .setParameter("text", request.text())
                .executeUpdate();
        return Map.of("id", id.toString());
    }

    @GET
    @Path("{id}")
    public Map<String, Object> find(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("since") LocalDate since, @QueryParam("kind") Kind kind,
            @QueryParam("mine") Boolean mine, @QueryParam("q") String q) {
        return Map.of("id", id.toString(), "limit", limit == null ? 0 : limit);
    }

    @GET
    @Path("{id}/pages")
    public Map<String, Object> page(@PathParam("id") UUID id, @QueryParam("page") int page,
            @QueryParam("archived") boolean archived) {
        return Map.of("page", page, "archived", archived);
    }

    @GET
    @Path("periods")
    public Map<String, Object> periods(@QueryParam("period") Period period,
            @PlanPeriod @QueryParam("plan") Period plan) {
        // HashMap: an absent parameter is null, which Map.of refuses
        Map<String, Object> read = new HashMap<>();
        read.put("period", period == null ? null : period.format());
        read.put("plan", plan == null ? null : plan.format());
        return read;
    }

    public static long count(EntityManager entityManager) {
        return ((Number) entityManager.createNativeQuery("select count(*) from note").getSingleResult()).longValue();
    }
}
