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
import dev.kam.account.repository.CoolingPortfolioQuery;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.health.AssessingAccountHealth;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
    private final CoolingPortfolioQuery query;
    private final AssessingAccountHealth assessing;
    private final HealthConfig config;
    private final Clock clock;

    ReportingCoolingPortfolio(AccountAccess access, CoolingPortfolioQuery query, AssessingAccountHealth assessing,
            HealthConfig config, Clock clock) {
        this.access = access;
        this.query = query;
        this.assessing = assessing;
        this.config = config;
        this.clock = clock;
    }

    public CoolingReportView report(Instant requestedSince, int limit, String cursor) {
        Optional<String> teamMember = scopeOfCaller();
        Instant since = requestedSince != null ? requestedSince
                : Instant.now(clock).minus(Duration.ofDays(config.portfolioDefaultDays()));
        List<LatestCooling> coolings = query.latestCoolings(teamMember, since).stream().map(this::latest)
                .sorted(NEWEST_FIRST).toList();
        CoolingPortfolioQuery.CurrentCauses current = query.currentCausesOfAccountsNotLost(teamMember);

        List<LatestCooling> remaining = cursor == null || cursor.isBlank() ? coolings : after(coolings, cursor);
        List<LatestCooling> page = remaining.stream().limit(limit).toList();
        String nextCursor = remaining.size() > limit
                ? Cursor.of(page.get(page.size() - 1).at().toString(), page.get(page.size() - 1).accountId().toString())
                        .encode()
                : null;
        return CoolingReportView.of(new Report(since, coolings.size(),
                CauseFrequency.across(coolings.stream().map(LatestCooling::assessment).toList()).counts(),
                current.accountsAssessed(), CauseFrequency.ofTally(current.accountsPerCause()).counts(),
                page.stream().map(cooling -> describe(cooling, since)).toList(), nextCursor));
    }

    /** The caller's team member id when the report covers only their teams; empty for the whole portfolio. */
    private Optional<String> scopeOfCaller() {
        if (access.levelEverywhere().includes(AccessLevel.READ)) {
            return Optional.empty();
        }
        if (access.caller().has(RealmRole.KEY_ACCOUNT_MANAGER)) {
            return Optional.of(access.caller().userId().value());
        }
        throw ProblemException.forbidden("The cooling report is for sales directors, admins and key account managers");
    }

    private CoolingAccount describe(LatestCooling cooling, Instant since) {
        CoolingPortfolioQuery.AccountNow account = query.accountNow(cooling.accountId(), since);
        Optional<CoolingPortfolioQuery.Earlier> previous = query.before(cooling.accountId(), cooling.at(),
                cooling.snapshotId());
        return new CoolingAccount(cooling.accountId(), account.name(), account.status(), cooling.at(),
                previous.map(earlier -> new HealthScore(earlier.score())),
                previous.map(earlier -> HealthBand.valueOf(earlier.band())),
                cooling.assessment(),
                account.score().map(HealthScore::new),
                account.band().map(HealthBand::valueOf),
                account.coolingsSince());
    }

    private LatestCooling latest(CoolingPortfolioQuery.SnapshotRow row) {
        return new LatestCooling(row.accountId(), row.snapshotId(), row.at(), assessment(row));
    }

    private HealthAssessment assessment(CoolingPortfolioQuery.SnapshotRow row) {
        List<CoolingCause> causes = assessing.causesFrom(row.causes());
        return new HealthAssessment(new HealthScore(row.score()), HealthBand.valueOf(row.band()), causes);
    }

    private static List<LatestCooling> after(List<LatestCooling> sorted, String cursor) {
        Cursor decoded = Cursor.decode(cursor, 2);
        LatestCooling boundary = new LatestCooling(KeysetPages.id(decoded, 1), null, KeysetPages.instant(decoded, 0),
                null);
        return sorted.stream().filter(cooling -> NEWEST_FIRST.compare(cooling, boundary) > 0).toList();
    }
}
