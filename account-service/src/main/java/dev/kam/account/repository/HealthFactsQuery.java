package dev.kam.account.repository;

import dev.kam.account.config.HealthConfig;
import dev.kam.account.domain.cadence.ContactCadence;
import dev.kam.account.domain.cadence.ContactStatus;
import dev.kam.account.domain.dossier.ActionStatus;
import dev.kam.account.domain.dossier.BuyingCentreRole;
import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.Outcome;
import dev.kam.account.domain.dossier.ProblemStatus;
import dev.kam.account.domain.health.HealthFacts;
import dev.kam.account.domain.health.HealthPolicy;
import dev.kam.account.domain.health.InteractionFact;
import dev.kam.account.domain.health.PlanActionFact;
import dev.kam.account.domain.health.ProblemFact;
import dev.kam.account.domain.health.StakeholderCoverage;
import dev.kam.account.domain.health.StakeholderDeparture;
import dev.kam.account.domain.health.TeamDeparture;
import dev.kam.account.domain.purchase.HealthComparedPeriod;
import dev.kam.account.domain.purchase.PurchaseVolume;
import dev.kam.account.domain.purchase.VolumeComparison;
import dev.kam.kernel.period.ComparisonRule;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Gathers what the cooling signals look at, straight from the tables (several of them are kept by
 * other parts of the service: interactions, problems, the retention plan, team departures), as plain
 * domain facts. Reads only what the policy's windows can reach. A value this code does not know
 * (e.g. a status added later) is left out with a warning rather than failing the assessment.
 */
@ApplicationScoped
public class HealthFactsQuery {

    /** The account fields health needs. */
    public record AccountBasics(UUID id, String status, int cadenceDays, Instant registeredAt,
            Optional<Instant> lastContact, ComparisonRule rule) {
    }

    private static final int MAX_INTERACTIONS = 500;

    private final EntityManager entityManager;
    private final PurchaseVolumeRepository volumes;
    private final HealthPolicy policy;
    private final ZoneId zone;

    HealthFactsQuery(EntityManager entityManager, PurchaseVolumeRepository volumes, HealthPolicy policy,
            HealthConfig config) {
        this.entityManager = entityManager;
        this.volumes = volumes;
        this.policy = policy;
        this.zone = config.zone();
    }

    /** The account's basics, locking its row against a concurrent assessment; empty when there is no such account. */
    public Optional<AccountBasics> lockAccount(UUID accountId, Instant now) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        select a.status as status, a.contact_cadence_days as cadence, a.registered_at as registered,
                               a.comparison_rule as rule,
                               greatest(a.last_contact_at, (select max(i.occurred_at) from interaction i
                                        where i.account_id = a.id and i.occurred_at <= :now)) as last_contact
                        from account a where a.id = :id
                        for no key update of a""", Tuple.class)
                .setParameter("id", accountId)
                .setParameter("now", now)
                .getResultList();
        return rows.stream().findFirst().map(row -> new AccountBasics(accountId, (String) row.get("status"),
                ((Number) row.get("cadence")).intValue(), instant(row.get("registered")),
                Optional.ofNullable(row.get("last_contact")).map(HealthFactsQuery::instant),
                parseOr((String) row.get("rule"), ComparisonRule::valueOf, ComparisonRule.defaultRule())));
    }

    public HealthFacts factsOf(AccountBasics account, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        HealthFacts facts = HealthFacts.on(today)
                .withContact(ContactStatus.of(ContactCadence.everyDays(account.cadenceDays()),
                        account.registeredAt(), account.lastContact(), now, zone))
                .withInteractions(interactions(account.id(), today))
                .withProblems(openProblems(account.id()))
                .withPlanActions(unfinishedPlanActions(account.id()))
                .withTeamDepartures(teamDepartures(account.id(), today))
                .withStakeholderDepartures(stakeholderDepartures(account.id(), today));
        Optional<VolumeComparison> purchases = purchases(account, today);
        if (purchases.isPresent()) {
            facts = facts.withPurchases(purchases.get());
        }
        Optional<StakeholderCoverage> coverage = coverage(account.id());
        if (coverage.isPresent()) {
            facts = facts.withCoverage(coverage.get());
        }
        return facts;
    }

    /** The latest complete recorded period against its comparable one, under the account's rule. */
    private Optional<VolumeComparison> purchases(AccountBasics account, LocalDate today) {
        List<PurchaseVolume> history = volumes.historyOf(account.id()).stream()
                .map(PurchaseVolumeEntity::toVolume).toList();
        try {
            return HealthComparedPeriod.in(history, today)
                    .flatMap(period -> VolumeComparison.of(period, history, account.rule()));
        } catch (IllegalArgumentException e) {
            // e.g. volumes in two currencies from before the one-currency rule: no judgement rather than a wrong one
            Log.warnf("Purchases of account %s cannot be compared: %s", account.id(), e.getMessage());
            return Optional.empty();
        }
    }

    private List<InteractionFact> interactions(UUID accountId, LocalDate today) {
        int days = policy.negativeInteractions().lookback().days();
        List<Tuple> rows = entityManager.createNativeQuery("""
                        select occurred_at as at, outcome from interaction
                        where account_id = :id and occurred_at >= :from and occurred_at < :to
                        order by occurred_at desc limit :max""", Tuple.class)
                .setParameter("id", accountId)
                .setParameter("from", startOf(today.minusDays(days)))
                .setParameter("to", startOf(today.plusDays(1)))
                .setParameter("max", MAX_INTERACTIONS)
                .getResultList();
        List<InteractionFact> facts = new ArrayList<>();
        for (Tuple row : rows) {
            known("interaction outcome", (String) row.get("outcome"), Outcome::valueOf).ifPresent(outcome ->
                    facts.add(new InteractionFact(LocalDate.ofInstant(instant(row.get("at")), zone), outcome)));
        }
        return facts;
    }

    private List<ProblemFact> openProblems(UUID accountId) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        select importance, status, opened_on from client_problem
                        where account_id = :id and status in (:open)""", Tuple.class)
                .setParameter("id", accountId)
                .setParameter("open", names(Arrays.stream(ProblemStatus.values()).filter(ProblemStatus::isOpen)))
                .getResultList();
        List<ProblemFact> facts = new ArrayList<>();
        for (Tuple row : rows) {
            Optional<Importance> importance = known("problem importance", (String) row.get("importance"),
                    Importance::valueOf);
            Optional<ProblemStatus> status = known("problem status", (String) row.get("status"),
                    ProblemStatus::valueOf);
            if (importance.isPresent() && status.isPresent()) {
                facts.add(new ProblemFact(importance.get(), status.get(), date(row.get("opened_on"))));
            }
        }
        return facts;
    }

    private List<PlanActionFact> unfinishedPlanActions(UUID accountId) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        select due_on, status from plan_action
                        where account_id = :id and status not in (:finished)""", Tuple.class)
                .setParameter("id", accountId)
                .setParameter("finished",
                        names(Arrays.stream(ActionStatus.values()).filter(ActionStatus::isFinished)))
                .getResultList();
        List<PlanActionFact> facts = new ArrayList<>();
        for (Tuple row : rows) {
            known("plan action status", (String) row.get("status"), ActionStatus::valueOf).ifPresent(status ->
                    facts.add(new PlanActionFact(date(row.get("due_on")), status)));
        }
        return facts;
    }

    private List<TeamDeparture> teamDepartures(UUID accountId, LocalDate today) {
        int days = policy.teamDepartures().lookback().days();
        List<Tuple> rows = entityManager.createNativeQuery("""
                        select left_at, relationships_held from team_departure
                        where account_id = :id and left_at >= :from""", Tuple.class)
                .setParameter("id", accountId)
                .setParameter("from", startOf(today.minusDays(days)))
                .getResultList();
        return rows.stream()
                .map(row -> new TeamDeparture(LocalDate.ofInstant(instant(row.get("left_at")), zone),
                        ((Number) row.get("relationships_held")).intValue()))
                .toList();
    }

    private Optional<StakeholderCoverage> coverage(UUID accountId) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        select leader_covered, only_butler_reachable, relationship_holders
                        from stakeholder_coverage where account_id = :id""", Tuple.class)
                .setParameter("id", accountId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new StakeholderCoverage((Boolean) row.get("leader_covered"),
                (Boolean) row.get("only_butler_reachable"), ((Number) row.get("relationship_holders")).intValue()));
    }

    private List<StakeholderDeparture> stakeholderDepartures(UUID accountId, LocalDate today) {
        int days = policy.keyPeopleLeft().lookback().days();
        List<Tuple> rows = entityManager.createNativeQuery("""
                        select role, left_on from stakeholder_departure
                        where account_id = :id and left_on >= :from""", Tuple.class)
                .setParameter("id", accountId)
                .setParameter("from", today.minusDays(days))
                .getResultList();
        List<StakeholderDeparture> facts = new ArrayList<>();
        for (Tuple row : rows) {
            known("buying-centre role", (String) row.get("role"), BuyingCentreRole::valueOf).ifPresent(role ->
                    facts.add(new StakeholderDeparture(role, date(row.get("left_on")))));
        }
        return facts;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static List<String> names(java.util.stream.Stream<? extends Enum<?>> values) {
        return values.map(Enum::name).toList();
    }

    private static <T> Optional<T> known(String what, String value, Function<String, T> parse) {
        try {
            return Optional.of(parse.apply(value));
        } catch (RuntimeException e) {
            Log.warnf("Skipping a %s this version does not know: %s", what, value);
            return Optional.empty();
        }
    }

    private static <T> T parseOr(String value, Function<String, T> parse, T fallback) {
        try {
            return value == null ? fallback : parse.apply(value);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    public static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Not a timestamp: " + (value == null ? null : value.getClass()));
    }

    public static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException("Not a date: " + (value == null ? null : value.getClass()));
    }
}
