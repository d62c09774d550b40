package dev.kam.account.repository;

import dev.kam.account.domain.health.CauseCode;
import dev.kam.account.domain.status.AccountStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The health history across the portfolio for the cooling report, as plain rows: each account's
 * latest cooling, each account's current assessment, and what an account looked like before and
 * after. {@code teamMember} narrows every answer to the accounts that person owns or is on the team
 * of; empty means the whole portfolio.
 */
@ApplicationScoped
public class CoolingPortfolioQuery {

    /** One history point; {@code causes} is the stored JSON array. */
    public record SnapshotRow(UUID accountId, UUID snapshotId, Instant at, int score, String band, String causes) {
    }

    /** Where an account stands now, and how often it cooled since a moment. */
    public record AccountNow(String name, String status, Optional<Integer> score, Optional<String> band,
            int coolingsSince) {
    }

    /** A score and band of an earlier history point. */
    public record Earlier(int score, String band) {
    }

    private static final String TEAMS_OF_MEMBER = "(a.owner_id = :me or exists (select 1 from account_team_member m"
            + " where m.account_id = a.id and m.user_id = :me))";

    private final EntityManager entityManager;

    CoolingPortfolioQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Each account's latest cooling at or after {@code since}. */
    public List<SnapshotRow> latestCoolings(Optional<String> teamMember, Instant since) {
        Query query = entityManager.createNativeQuery("""
                select distinct on (s.account_id) s.account_id as account_id, s.id as id, s.assessed_at as at,
                       s.score as score, s.band as band, cast(s.causes as text) as causes
                from health_snapshot s join account a on a.id = s.account_id
                where s.cooling and s.assessed_at >= :since and %s
                order by s.account_id, s.assessed_at desc, s.id desc""".formatted(condition(teamMember)), Tuple.class)
                .setParameter("since", since);
        return snapshots(bind(query, teamMember));
    }

    /** How many accounts not LOST have an assessment, and in how many of them each cause code appears. */
    public record CurrentCauses(int accountsAssessed, Map<CauseCode, Integer> accountsPerCause) {
    }

    /**
     * The causes of each account's latest history point (LOST accounts left out), counted by the
     * database: loading every assessment of a 100,000-account portfolio ran the service out of heap
     * (issue 11 P4). A code this version does not know is left out.
     */
    public CurrentCauses currentCausesOfAccountsNotLost(Optional<String> teamMember) {
        Query query = entityManager.createNativeQuery("""
                with current_point as (
                    select distinct on (s.account_id) s.causes
                    from health_snapshot s join account a on a.id = s.account_id
                    where a.status <> :lost and %s
                    order by s.account_id, s.assessed_at desc, s.id desc)
                select null as code, count(*) as accounts from current_point
                union all
                select c.code, count(*) from current_point p
                cross join lateral (select distinct e ->> 'code' as code from jsonb_array_elements(p.causes) e) c
                group by c.code""".formatted(condition(teamMember)), Tuple.class)
                .setParameter("lost", AccountStatus.LOST.name());
        @SuppressWarnings("unchecked")
        List<Tuple> rows = bind(query, teamMember).getResultList();
        int assessed = 0;
        Map<CauseCode, Integer> perCause = new EnumMap<>(CauseCode.class);
        for (Tuple row : rows) {
            String code = (String) row.get("code");
            int accounts = ((Number) row.get("accounts")).intValue();
            if (code == null) {
                assessed = accounts;
            } else {
                knownCause(code).ifPresent(known -> perCause.put(known, accounts));
            }
        }
        return new CurrentCauses(assessed, perCause);
    }

    private static Optional<CauseCode> knownCause(String code) {
        try {
            return Optional.of(CauseCode.valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public AccountNow accountNow(UUID accountId, Instant coolingsSince) {
        Tuple account = (Tuple) entityManager.createNativeQuery("""
                select a.name as name, a.status as status, a.health_score as score, a.health_band as band,
                       (select count(*) from health_snapshot c
                        where c.account_id = a.id and c.cooling and c.assessed_at >= :since) as coolings
                from account a where a.id = :id""", Tuple.class)
                .setParameter("id", accountId)
                .setParameter("since", coolingsSince)
                .getSingleResult();
        return new AccountNow((String) account.get("name"), (String) account.get("status"),
                Optional.ofNullable((Number) account.get("score")).map(Number::intValue),
                Optional.ofNullable((String) account.get("band")),
                ((Number) account.get("coolings")).intValue());
    }

    /** The history point just before the given one. */
    public Optional<Earlier> before(UUID accountId, Instant at, UUID snapshotId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("""
                select p.score as score, p.band as band from health_snapshot p
                where p.account_id = :id and (p.assessed_at < :at or (p.assessed_at = :at and p.id < :snapshot))
                order by p.assessed_at desc, p.id desc limit 1""", Tuple.class)
                .setParameter("id", accountId)
                .setParameter("at", at)
                .setParameter("snapshot", snapshotId)
                .getResultList();
        return rows.stream().findFirst()
                .map(row -> new Earlier(((Number) row.get("score")).intValue(), (String) row.get("band")));
    }

    private static String condition(Optional<String> teamMember) {
        return teamMember.isPresent() ? TEAMS_OF_MEMBER : "true";
    }

    private static Query bind(Query query, Optional<String> teamMember) {
        teamMember.ifPresent(userId -> query.setParameter("me", userId));
        return query;
    }

    private static List<SnapshotRow> snapshots(Query query) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(row -> new SnapshotRow((UUID) row.get("account_id"), (UUID) row.get("id"),
                HealthFactsQuery.instant(row.get("at")), ((Number) row.get("score")).intValue(),
                (String) row.get("band"), (String) row.get("causes"))).toList();
    }
}
