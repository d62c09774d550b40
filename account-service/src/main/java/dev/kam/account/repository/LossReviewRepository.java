package dev.kam.account.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class LossReviewRepository implements PanacheRepositoryBase<LossReviewEntity, UUID> {

    /** A loss review with the name of its account. */
    public record Found(LossReviewEntity review, String accountName) {
    }

    /**
     * Loss reviews, newest first (then by id, descending), whose causes or lessons contain
     * {@code text} (any case); optionally of one account and only of accounts on whose team
     * {@code teamMemberId} is.
     */
    public List<Found> search(String text, UUID accountId, String teamMemberId, Instant beforeAt, UUID beforeId,
            int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (teamMemberId != null) {
            where.append(" and exists (select 1 from TeamMemberEntity m"
                    + " where m.account = a and m.key.userId = :member)");
            parameters.put("member", teamMemberId);
        }
        if (accountId != null) {
            where.append(" and r.accountId = :accountId");
            parameters.put("accountId", accountId);
        }
        if (text != null) {
            where.append(" and (lower(r.causes) like lower(:text) escape '\\'"
                    + " or lower(r.lessons) like lower(:text) escape '\\')");
            parameters.put("text", LikePatterns.containing(text));
        }
        if (beforeAt != null) {
            where.append(" and (r.reviewedAt < :beforeAt or (r.reviewedAt = :beforeAt and r.id < :beforeId))");
            parameters.put("beforeAt", beforeAt);
            parameters.put("beforeId", beforeId);
        }
        TypedQuery<Object[]> select = getEntityManager().createQuery(
                "select r, a.name from LossReviewEntity r join AccountEntity a on a.id = r.accountId" + where
                        + " order by r.reviewedAt desc, r.id desc", Object[].class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(limit).getResultList().stream()
                .map(row -> new Found((LossReviewEntity) row[0], (String) row[1]))
                .toList();
    }
}
