package dev.kam.account.service.portfolio;

import dev.kam.account.config.HealthConfig;
import dev.kam.account.domain.access.AccessLevel;
import dev.kam.account.domain.access.RealmRole;
import dev.kam.account.domain.health.CauseCount;
import dev.kam.account.domain.health.CauseFrequency;
import dev.kam.account.domain.health.CoolingCause;
import dev.kam.account.domain.health.HealthAssessment;
import dev.kam.account.domain.health.HealthBand;
import dev.kam.account.domain.health.HealthScore;
import dev.kam.account.domain.status.AccountStatus;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dev.kam.account.service.health.AssessingAccountHealth;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.health.HealthFactsQuery;

/**
 * The portfolio cooling report: which accounts cooled since a moment, with the causes of their
 * latest cooling, and which causes recur, so the team stops repeating the same mistakes. Directors
 * and admins see every account; a key account manager sees the accounts on whose team they are.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportingCoolingPortfolio {

    /** An account that cooled in the window: its latest cooling and where it stands now. */
    public record CoolingAccount(UUID accountId, String name, String status, Instant cooledAt,
            Optional<HealthScore> scoreBefore, Optional<HealthBand> bandBefore, HealthAssessment cooledTo,
            Optional<HealthScore> currentScore, Optional<HealthBand> currentBand, int coolingsInWindow) {
    }

    /**
     * @param mostFrequentCoolingCauses causes among the listed accounts' latest coolings, each account once
     * @param mostFrequentCurrentCauses causes in the current assessment of every account in view (not LOST)
     */
    public record Report(Instant since, int coolingAccounts, List<CauseCount> mostFrequentCoolingCauses,
            int accountsAssessed, List<CauseCount> mostFrequentCurrentCauses, List<CoolingAccount> items,
            String nextCursor) {
    }

    private record LatestCooling(UUID accountId, UUID snapshotId, Instant at, HealthAssessment assessment) {
    }

    private static final Comparator<LatestCooling> NEWEST_FIRST = Comparator
            .comparing(LatestCooling::at).reversed()
            .thenComparing(LatestCooling::accountId, Comparator.reverseOrder());

    private final AccountAccess access;
    private final EntityManager entityManager;
    private final AssessingAccountHealth assessing;
    private final HealthConfig config;
    private final Clock clock;

    ReportingCoolingPortfolio(AccountAccess access, EntityManager entityManager, AssessingAccountHealth assessing,
            HealthConfig config, Clock clock) {
        this.access = access;
        this.entityManager = entityManager;
        this.assessing = assessing;
        this.config = config;
        this.clock = clock;
    }

    public Report report(Instant requestedSince, int limit, String cursor) {
        Scope scope = scopeOfCaller();
        Instant since = requestedSince != null ? requestedSince
                : Instant.now(clock).minus(Duration.ofDays(config.portfolioDefaultDays()));
        List<LatestCooling> coolings = latestCoolings(scope, since).stream().sorted(NEWEST_FIRST).toList();
        List<HealthAssessment> current = currentAssessments(scope);

        List<LatestCooling> remaining = cursor == null || cursor.isBlank() ? coolings : after(coolings, cursor);
        List<LatestCooling> page = remaining.stream().limit(limit).toList();
        String nextCursor = remaining.size() > limit
                ? Cursor.of(page.get(page.size() - 1).at().toString(), page.get(page.size() - 1).accountId().toString())
                        .encode()
                : null;
        return new Report(since, coolings.size(),
                CauseFrequency.across(coolings.stream().map(LatestCooling::assessment).toList()).counts(),
                current.size(), CauseFrequency.across(current).counts(),
                page.stream().map(cooling -> describe(cooling, since)).toList(), nextCursor);
    }

    private Scope scopeOfCaller() {
        if (access.levelEverywhere().includes(AccessLevel.READ)) {
            return Scope.everything();
        }
        if (access.caller().has(RealmRole.KEY_ACCOUNT_MANAGER)) {
            return Scope.teamsOf(access.caller().userId().value());
        }
        throw ProblemException.forbidden("The cooling report is for sales directors, admins and key account managers");
    }

    private List<LatestCooling> latestCoolings(Scope scope, Instant since) {
        Query query = entityManager.createNativeQuery("""
                select distinct on (s.account_id) s.account_id as account_id, s.id as id, s.assessed_at as at,
                       s.score as score, s.band as band, cast(s.causes as text) as causes
                from health_snapshot s join account a on a.id = s.account_id
                where s.cooling and s.assessed_at >= :since and %s
                order by s.account_id, s.assessed_at desc, s.id desc""".formatted(scope.condition()), Tuple.class)
                .setParameter("since", since);
        scope.bind(query);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(row -> new LatestCooling((UUID) row.get("account_id"), (UUID) row.get("id"),
                HealthFactsQuery.instant(row.get("at")), assessment(row))).toList();
    }

    private List<HealthAssessment> currentAssessments(Scope scope) {
        Query query = entityManager.createNativeQuery("""
                select distinct on (s.account_id) s.score as score, s.band as band, cast(s.causes as text) as causes
                from health_snapshot s join account a on a.id = s.account_id
                where a.status <> :lost and %s
                order by s.account_id, s.assessed_at desc, s.id desc""".formatted(scope.condition()), Tuple.class)
                .setParameter("lost", AccountStatus.LOST.name());
        scope.bind(query);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(this::assessment).toList();
    }

    private CoolingAccount describe(LatestCooling cooling, Instant since) {
        Tuple account = (Tuple) entityManager.createNativeQuery("""
                select a.name as name, a.status as status, a.health_score as score, a.health_band as band,
                       (select count(*) from health_snapshot c
                        where c.account_id = a.id and c.cooling and c.assessed_at >= :since) as coolings
                from account a where a.id = :id""", Tuple.class)
                .setParameter("id", cooling.accountId())
                .setParameter("since", since)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Tuple> before = entityManager.createNativeQuery("""
                select p.score as score, p.band as band from health_snapshot p
                where p.account_id = :id and (p.assessed_at < :at or (p.assessed_at = :at and p.id < :snapshot))
                order by p.assessed_at desc, p.id desc limit 1""", Tuple.class)
                .setParameter("id", cooling.accountId())
                .setParameter("at", cooling.at())
                .setParameter("snapshot", cooling.snapshotId())
                .getResultList();
        Optional<Tuple> previous = before.stream().findFirst();
        return new CoolingAccount(cooling.accountId(), (String) account.get("name"), (String) account.get("status"),
                cooling.at(),
                previous.map(row -> new HealthScore(((Number) row.get("score")).intValue())),
                previous.map(row -> HealthBand.valueOf((String) row.get("band"))),
                cooling.assessment(),
                Optional.ofNullable((Number) account.get("score")).map(score -> new HealthScore(score.intValue())),
                Optional.ofNullable((String) account.get("band")).map(HealthBand::valueOf),
                ((Number) account.get("coolings")).intValue());
    }

    private HealthAssessment assessment(Tuple row) {
        List<CoolingCause> causes = assessing.causesFrom((String) row.get("causes"));
        return new HealthAssessment(new HealthScore(((Number) row.get("score")).intValue()),
                HealthBand.valueOf((String) row.get("band")), causes);
    }

    private static List<LatestCooling> after(List<LatestCooling> sorted, String cursor) {
        Cursor decoded = Cursor.decode(cursor, 2);
        LatestCooling boundary = new LatestCooling(KeysetPages.id(decoded, 1), null, KeysetPages.instant(decoded, 0),
                null);
        return sorted.stream().filter(cooling -> NEWEST_FIRST.compare(cooling, boundary) > 0).toList();
    }

    /** Which accounts the caller's report covers, as a SQL condition on {@code a} (the account). */
    private record Scope(String condition, String userId) {

        static Scope everything() {
            return new Scope("true", null);
        }

        static Scope teamsOf(String userId) {
            return new Scope("(a.owner_id = :me or exists (select 1 from account_team_member m"
                    + " where m.account_id = a.id and m.user_id = :me))", userId);
        }

        void bind(Query query) {
            if (userId != null) {
                query.setParameter("me", userId);
            }
        }
    }
}
