package dev.kam.account.service.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.account.domain.health.AssessingHealth;
import dev.kam.account.domain.health.CauseCode;
import dev.kam.account.domain.health.Cooling;
import dev.kam.account.domain.health.CoolingCause;
import dev.kam.account.domain.health.CoolingDetection;
import dev.kam.account.domain.health.HealthAssessment;
import dev.kam.account.domain.health.HealthPolicy;
import dev.kam.account.domain.health.HealthScore;
import dev.kam.account.domain.status.AccountStatus;
import dev.kam.account.event.HealthEventMapping;
import dev.kam.account.repository.AccountRepository;
import dev.kam.account.repository.HealthFactsQuery;
import dev.kam.account.repository.HealthSnapshotEntity;
import dev.kam.account.repository.HealthSnapshotRepository;
import dev.kam.events.health.HealthCause;
import dev.kam.events.health.HealthEvents;
import dev.kam.plumbing.outbox.Outbox;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reassesses one account's relationship health from what is stored now: gathers the facts, scores
 * them with every cooling signal, compares with the last stored assessment, and
 * <ul>
 * <li>keeps a history point whenever the assessment (score, band or causes) differs from the last one;</li>
 * <li>updates the account's score, band and assessment time;</li>
 * <li>publishes HealthChanged when the score or band changed, and CoolingDetected when the drop
 * crosses the policy's threshold or the band worsened, in the same transaction.</li>
 * </ul>
 * Reassessments of one account are serialised by a lock on its row.
 */
@ApplicationScoped
public class AssessingAccountHealth {

    /** One reassessment: the assessment, when it was made, whether it changed anything, and a cooling if any. */
    public record Reassessment(UUID accountId, HealthAssessment assessment, Instant assessedAt,
            boolean scoreOrBandChanged, Optional<Cooling> cooling) {
    }

    /** Up to this many accounts are reassessed before the request answers; more (a big import) in the background. */
    static final int REASSESSED_IN_LINE = 10;

    private static final TypeReference<List<HealthCause>> CAUSE_LIST = new TypeReference<>() {
    };

    private final HealthFactsQuery facts;
    private final HealthSnapshotRepository snapshots;
    private final AccountRepository accounts;
    private final Outbox outbox;
    private final HealthPolicy policy;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final BackgroundYield backgroundYield;
    private final AssessingHealth assessing = AssessingHealth.withAllSignals();
    private final CoolingDetection coolingDetection = new CoolingDetection();
    private final ExecutorService background =
            Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "health-reassessment"));

    AssessingAccountHealth(HealthFactsQuery facts, HealthSnapshotRepository snapshots, AccountRepository accounts,
            Outbox outbox, HealthPolicy policy, ObjectMapper objectMapper, Clock clock,
            BackgroundYield backgroundYield) {
        this.facts = facts;
        this.snapshots = snapshots;
        this.accounts = accounts;
        this.outbox = outbox;
        this.policy = policy;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.backgroundYield = backgroundYield;
    }

    /** Reassesses the account, whatever its status; empty when there is no such account. */
    @Transactional
    public Optional<Reassessment> reassess(UUID accountId) {
        return reassess(accountId, true);
    }

    /** Reassesses the account unless it is LOST (automatic triggers leave lost accounts alone). */
    @Transactional
    public Optional<Reassessment> reassessUnlessLost(UUID accountId) {
        return reassess(accountId, false);
    }

    /** Facts committed (purchases, contacts, problems, plans, team): their accounts' health follows (unless LOST). */
    void afterFactsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) HealthFactsChanged changed) {
        reassessAfterChange(changed.accountIds());
    }

    /**
     * After a change committed elsewhere: reassesses each account in a transaction of its own, here
     * and now for a few, in the background for many. A failure is logged; the scheduled pass catches up.
     */
    public void reassessAfterChange(Collection<UUID> accountIds) {
        List<UUID> ids = List.copyOf(Set.copyOf(accountIds));
        if (ids.size() <= REASSESSED_IN_LINE) {
            ids.forEach(this::reassessInOwnTransaction);
        } else {
            background.submit(() -> ids.forEach(this::reassessInBackground));
        }
    }

    /** True when the account was reassessed; false when it failed (logged) or is lost or gone. */
    public boolean reassessInOwnTransaction(UUID accountId) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> reassess(accountId, false)).isPresent();
        } catch (RuntimeException e) {
            Log.errorf(e, "Health reassessment of account %s failed; the next scheduled pass retries", accountId);
            return false;
        }
    }

    /** As {@link #reassessInOwnTransaction}, after letting a purchase import under way go first. */
    public boolean reassessInBackground(UUID accountId) {
        backgroundYield.awaitTurn();
        return reassessInOwnTransaction(accountId);
    }

    /** The stored assessment of a history point. */
    public HealthAssessment assessmentOf(HealthSnapshotEntity snapshot) {
        return new HealthAssessment(new HealthScore(snapshot.score), snapshot.band,
                causesOf(snapshot));
    }

    public List<CoolingCause> causesOf(HealthSnapshotEntity snapshot) {
        return causesFrom(snapshot.causes);
    }

    /** Causes as stored in a history point (a JSON array of {code, penalty, explanation}). */
    public List<CoolingCause> causesFrom(String json) {
        try {
            return objectMapper.readValue(json, CAUSE_LIST).stream()
                    .map(cause -> new CoolingCause(CauseCode.valueOf(cause.code()), cause.penalty(),
                            cause.explanation()))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A health history point has unreadable causes", e);
        }
    }

    private Optional<Reassessment> reassess(UUID accountId, boolean evenIfLost) {
        // the database keeps microseconds; an instant it cannot store would not survive a round trip
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Optional<HealthFactsQuery.AccountBasics> basics = facts.lockAccount(accountId, now);
        if (basics.isEmpty()
                || !evenIfLost && AccountStatus.LOST.name().equals(basics.get().status())) {
            return Optional.empty();
        }
        HealthAssessment current = assessing.assess(facts.factsOf(basics.get(), now), policy);
        Optional<HealthSnapshotEntity> latest = snapshots.latestOf(accountId);
        Optional<HealthAssessment> previous = latest.map(this::assessmentOf);
        Optional<Cooling> cooling = coolingDetection.detect(previous, current, policy);
        boolean scoreOrBandChanged = previous
                .map(before -> !before.score().equals(current.score()) || before.band() != current.band())
                .orElse(true);
        if (previous.map(before -> !before.equals(current)).orElse(true)) {
            keepHistoryPoint(accountId, current, now, cooling.isPresent());
        }
        accounts.recordHealth(accountId, current.score().value(), current.band(), now);
        if (scoreOrBandChanged) {
            outbox.record(HealthEvents.CHANGED, accountId.toString(), accountId.toString(),
                    HealthEventMapping.changed(accountId, previous.map(before -> before.score().value()), current,
                            now));
            Log.infof("Health of account %s is now %d (%s)", accountId, current.score().value(), current.band());
        }
        cooling.ifPresent(detected -> {
            outbox.record(HealthEvents.COOLING_DETECTED, accountId.toString(), accountId.toString(),
                    HealthEventMapping.coolingDetected(accountId, detected, now));
            Log.infof("Cooling detected on account %s: %d -> %d", accountId, detected.previousScore().value(),
                    detected.score().value());
        });
        return Optional.of(new Reassessment(accountId, current, now, scoreOrBandChanged, cooling));
    }

    private void keepHistoryPoint(UUID accountId, HealthAssessment assessment, Instant at, boolean cooling) {
        HealthSnapshotEntity snapshot = new HealthSnapshotEntity();
        snapshot.id = UUID.randomUUID();
        snapshot.accountId = accountId;
        snapshot.assessedAt = at;
        snapshot.score = assessment.score().value();
        snapshot.band = assessment.band();
        snapshot.cooling = cooling;
        try {
            snapshot.causes = objectMapper.writeValueAsString(HealthEventMapping.causes(assessment.causes()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Health causes cannot be written as JSON", e);
        }
        snapshots.persist(snapshot);
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }
}
