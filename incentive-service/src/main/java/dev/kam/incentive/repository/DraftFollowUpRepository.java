package dev.kam.incentive.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The drafts waiting to be recomputed ({@code draft_follow_up}, docs/adr/0032). Asking again for a
 * plan already waiting only moves its request number on, so a burst of purchases leaves one row per
 * plan; a recomputation settles its row only if that number did not move meanwhile.
 */
@ApplicationScoped
public class DraftFollowUpRepository {

    /** A plan whose draft waits, and the request it waits for. */
    public record Due(UUID planId, long requested) {
    }

    private final EntityManager entityManager;

    DraftFollowUpRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void request(Collection<UUID> planIds, Instant at) {
        // in the order of the keys: two purchases asking for the same plans cannot deadlock on their rows
        for (UUID planId : planIds.stream().sorted().toList()) {
            entityManager.createNativeQuery("""
                    insert into draft_follow_up (plan_id, requested, requested_at)
                    values (:plan, nextval('draft_follow_up_request'), :at)
                    on conflict (plan_id) do update set requested = excluded.requested""")
                    .setParameter("plan", planId)
                    .setParameter("at", at)
                    .executeUpdate();
        }
    }

    /** The requests numbered after {@code after}, oldest first. */
    public List<Due> dueAfter(long after, int limit) {
        List<?> rows = entityManager.createNativeQuery("""
                select plan_id, requested from draft_follow_up where requested > :after
                order by requested limit :limit""")
                .setParameter("after", after)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new Due((UUID) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    public Optional<Due> dueFor(UUID planId) {
        List<?> rows = entityManager.createNativeQuery("select requested from draft_follow_up where plan_id = :plan")
                .setParameter("plan", planId)
                .getResultList();
        return rows.stream().map(requested -> new Due(planId, ((Number) requested).longValue())).findFirst();
    }

    /** Removes the row unless the plan was asked for again after this request. */
    public void settle(Due due) {
        entityManager.createNativeQuery("delete from draft_follow_up where plan_id = :plan and requested = :requested")
                .setParameter("plan", due.planId())
                .setParameter("requested", due.requested())
                .executeUpdate();
    }
}
