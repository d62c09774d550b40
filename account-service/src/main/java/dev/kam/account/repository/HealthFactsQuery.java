package dev.kam.account.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    private final ObjectMapper objectMapper;
    private final HealthPolicy policy;
    private final ZoneId zone;

    HealthFactsQuery(EntityManager entityManager, PurchaseVolumeRepository volumes, HealthPolicy policy,
            HealthConfig config, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
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
        JsonNode read = readFacts(account.id(), today);
        HealthFacts facts = HealthFacts.on(today)
                .withContact(ContactStatus.of(ContactCadence.everyDays(account.cadenceDays()),
                        account.registeredAt(), account.lastContact(), now, zone))
                .withInteractions(interactions(read.path("interactions")))
                .withProblems(openProblems(read.path("problems")))
                .withPlanActions(unfinishedPlanActions(read.path("planActions")))
                .withTeamDepartures(teamDepartures(read.path("teamDepartures")))
                .withStakeholderDepartures(stakeholderDepartures(read.path("stakeholderDepartures")));
        Optional<VolumeComparison> purchases = purchases(account, today);
        if (purchases.isPresent()) {
            facts = facts.withPurchases(purchases.get());
        }
        JsonNode coverage = read.path("coverage");
        if (coverage.isObject()) {
            facts = facts.withCoverage(new StakeholderCoverage(coverage.path("leaderCovered").asBoolean(),
                    coverage.path("onlyButlerReachable").asBoolean(), coverage.path("relationshipHolders").asInt()));
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

    /**
     * The account's interactions, open problems, unfinished plan actions, team and stakeholder
     * departures and stakeholder coverage, as far back as the policy's windows reach, in one statement
     * (one JSON object): read one query each, they were six of a reassessment's twelve round trips.
     */
    private JsonNode readFacts(UUID accountId, LocalDate today) {
        String json = (String) entityManager.createNativeQuery("""
                        select cast(json_build_object(
                            'interactions', (select coalesce(json_agg(json_build_object(
                                    'at', i.occurred_at, 'outcome', i.outcome) order by i.occurred_at desc), '[]')
                                from (select occurred_at, outcome from interaction
                                      where account_id = :id and occurred_at >= :interactionsFrom
                                        and occurred_at < :to
                                      order by occurred_at desc limit :max) i),
                            'problems', (select coalesce(json_agg(json_build_object(
                                    'importance', p.importance, 'status', p.status, 'openedOn', p.opened_on)), '[]')
                                from client_problem p where p.account_id = :id and p.status in (:open)),
                            'planActions', (select coalesce(json_agg(json_build_object(
                                    'dueOn', a.due_on, 'status', a.status)), '[]')
                                from plan_action a where a.account_id = :id and a.status not in (:finished)),
                            'teamDepartures', (select coalesce(json_agg(json_build_object(
                                    'leftAt', d.left_at, 'relationshipsHeld', d.relationships_held)), '[]')
                                from team_departure d where d.account_id = :id and d.left_at >= :teamFrom),
                            'stakeholderDepartures', (select coalesce(json_agg(json_build_object(
                                    'role', s.role, 'leftOn', s.left_on)), '[]')
                                from stakeholder_departure s
                                where s.account_id = :id and s.left_on >= :stakeholdersFrom),
                            'coverage', (select json_build_object('leaderCovered', c.leader_covered,
                                    'onlyButlerReachable', c.only_butler_reachable,
                                    'relationshipHolders', c.relationship_holders)
                                from stakeholder_coverage c where c.account_id = :id)) as text)""")
                .setParameter("id", accountId)
                .setParameter("interactionsFrom",
                        startOf(today.minusDays(policy.negativeInteractions().lookback().days())))
                .setParameter("to", startOf(today.plusDays(1)))
                .setParameter("max", MAX_INTERACTIONS)
                .setParameter("open", names(Arrays.stream(ProblemStatus.values()).filter(ProblemStatus::isOpen)))
                .setParameter("finished",
                        names(Arrays.stream(ActionStatus.values()).filter(ActionStatus::isFinished)))
                .setParameter("teamFrom", startOf(today.minusDays(policy.teamDepartures().lookback().days())))
                .setParameter("stakeholdersFrom", today.minusDays(policy.keyPeopleLeft().lookback().days()))
                .getSingleResult();
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The health facts of account " + accountId + " could not be read", e);
        }
    }

    private List<InteractionFact> interactions(JsonNode rows) {
        List<InteractionFact> facts = new ArrayList<>();
        for (JsonNode row : rows) {
            known("interaction outcome", row.path("outcome").asText(), Outcome::valueOf).ifPresent(outcome ->
                    facts.add(new InteractionFact(LocalDate.ofInstant(jsonInstant(row.path("at")), zone), outcome)));
        }
        return facts;
    }

    private static List<ProblemFact> openProblems(JsonNode rows) {
        List<ProblemFact> facts = new ArrayList<>();
        for (JsonNode row : rows) {
            Optional<Importance> importance = known("problem importance", row.path("importance").asText(),
                    Importance::valueOf);
            Optional<ProblemStatus> status = known("problem status", row.path("status").asText(),
                    ProblemStatus::valueOf);
            if (importance.isPresent() && status.isPresent()) {
                facts.add(new ProblemFact(importance.get(), status.get(), LocalDate.parse(row.path("openedOn").asText())));
            }
        }
        return facts;
    }

    private static List<PlanActionFact> unfinishedPlanActions(JsonNode rows) {
        List<PlanActionFact> facts = new ArrayList<>();
        for (JsonNode row : rows) {
            known("plan action status", row.path("status").asText(), ActionStatus::valueOf).ifPresent(status ->
                    facts.add(new PlanActionFact(LocalDate.parse(row.path("dueOn").asText()), status)));
        }
        return facts;
    }

    private List<TeamDeparture> teamDepartures(JsonNode rows) {
        List<TeamDeparture> facts = new ArrayList<>();
        for (JsonNode row : rows) {
            facts.add(new TeamDeparture(LocalDate.ofInstant(jsonInstant(row.path("leftAt")), zone),
                    row.path("relationshipsHeld").asInt()));
        }
        return facts;
    }

    private static List<StakeholderDeparture> stakeholderDepartures(JsonNode rows) {
        List<StakeholderDeparture> facts = new ArrayList<>();
        for (JsonNode row : rows) {
            known("buying-centre role", row.path("role").asText(), BuyingCentreRole::valueOf).ifPresent(role ->
                    facts.add(new StakeholderDeparture(role, LocalDate.parse(row.path("leftOn").asText()))));
        }
        return facts;
    }

    /** A timestamp with time zone as PostgreSQL writes it in JSON, e.g. {@code 2026-03-02T09:15:00.5+00:00}. */
    private static Instant jsonInstant(JsonNode value) {
        return OffsetDateTime.parse(value.asText()).toInstant();
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
}
