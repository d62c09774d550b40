package dev.kam.plumbing.outbox;

import dev.kam.events.CloudEventHeaders;
import dev.kam.plumbing.AdvisoryLockSpaces;
import dev.kam.plumbing.schedule.CoalescedWakeUps;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Publishes outbox events to Kafka in the order they were recorded, and marks each sent only after
 * the broker acknowledged it. Woken right after a commit that recorded events, and on a schedule
 * as a safety net (after a crash, or while the broker was away).
 *
 * <p>Several instances of a service may run; a PostgreSQL advisory lock lets one relay at a time,
 * which keeps the order per key that {@code FOR UPDATE SKIP LOCKED} batches would not.
 */
@ApplicationScoped
public class OutboxRelay {

    private final EntityManager entityManager;
    private final OutboxProducer producer;
    private final OutboxConfig config;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final String topicPrefix;
    // Many events committed together need one wake-up, not one each.
    private final CoalescedWakeUps wakeUps = new CoalescedWakeUps("outbox-relay", this::relayPending);

    OutboxRelay(EntityManager entityManager, OutboxProducer producer, OutboxConfig config, OutboxMetrics metrics,
            Clock clock) {
        this.entityManager = entityManager;
        this.producer = producer;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
        this.topicPrefix = config.topicPrefix().orElse("");
    }

    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEventRecorded recorded) {
        wakeUps.wakeUp();
    }

    @Scheduled(every = "${kam.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        relayPending();
    }

    /** Sends everything pending, batch by batch; returns how many events were sent. */
    public synchronized int relayPending() {
        int total = 0;
        try {
            BatchResult result;
            do {
                result = QuarkusTransaction.requiringNew().call(this::relayBatch);
                total += result.sent();
            } while (result.full() && !result.failed());
        } catch (RuntimeException e) {
            Log.warnf("Outbox relay pass failed, will retry: %s", e.toString());
        }
        refreshBacklog();
        return total;
    }

    /** Also after a failed pass: a growing backlog while the broker is away is what operators must see. */
    private void refreshBacklog() {
        try {
            metrics.refreshBacklog();
        } catch (RuntimeException e) {
            Log.warnf("Outbox backlog could not be read: %s", e.toString());
        }
    }

    private BatchResult relayBatch() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", AdvisoryLockSpaces.OUTBOX_RELAY)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return BatchResult.EMPTY;
        }
        List<OutboxEvent> batch = entityManager
                .createQuery("from OutboxEvent where sentAt is null order by sequenceNo", OutboxEvent.class)
                .setMaxResults(config.batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return BatchResult.EMPTY;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            Future<RecordMetadata> ack = send(event);
            acks.add(ack);
            if (failedAlready(ack)) {
                // No metadata (broker away): each further send would block just as long. Stop here.
                break;
            }
        }
        int sent = markAcknowledgedPrefix(batch.subList(0, acks.size()), acks);
        return new BatchResult(sent, batch.size() == config.batchSize(), sent < batch.size());
    }

    private Future<RecordMetadata> send(OutboxEvent event) {
        try {
            return producer.producer().send(toRecord(event));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static boolean failedAlready(Future<RecordMetadata> ack) {
        if (!ack.isDone()) {
            return false;
        }
        try {
            ack.get();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (ExecutionException e) {
            return true;
        }
    }

    /** Marks events sent up to the first one the broker did not acknowledge; that one and the rest wait. */
    private int markAcknowledgedPrefix(List<OutboxEvent> batch, List<Future<RecordMetadata>> acks) {
        int acknowledged = awaitAcknowledgedPrefix(batch, acks);
        if (acknowledged > 0) {
            // One statement for the whole prefix: an UPDATE per event was most of a batch's time.
            List<UUID> ids = new ArrayList<>(acknowledged);
            for (OutboxEvent event : batch.subList(0, acknowledged)) {
                ids.add(event.id);
                metrics.sent(event.topic);
            }
            entityManager.createQuery("update OutboxEvent set sentAt = :now where id in :ids")
                    .setParameter("now", Instant.now(clock))
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        return acknowledged;
    }

    /** How many events, from the first, the broker acknowledged; the first one it did not is marked failed. */
    private int awaitAcknowledgedPrefix(List<OutboxEvent> batch, List<Future<RecordMetadata>> acks) {
        // The producer settles every send within its delivery timeout (= sendTimeout); waiting a little
        // longer lets its verdict decide, so an event we give up on is not delivered behind our back.
        long deadline = System.nanoTime() + config.sendTimeout().plusSeconds(5).toNanos();
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent event = batch.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return i;
            } catch (Exception e) {
                event.attempts++;
                Throwable cause = e instanceof ExecutionException && e.getCause() != null
                        ? e.getCause() : e;
                event.lastError = truncate(cause.toString());
                metrics.failed(event.topic);
                Log.warnf("Outbox event %s (%s) not acknowledged, %d pending events wait: %s", event.id, event.type,
                        batch.size() - i, event.lastError);
                return i;
            }
        }
        return batch.size();
    }

    private ProducerRecord<String, String> toRecord(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, event.id.toString());
        header(headers, CloudEventHeaders.SOURCE, config.source());
        header(headers, CloudEventHeaders.TYPE, event.type);
        header(headers, CloudEventHeaders.TIME, event.occurredAt.toString());
        if (event.subject != null) {
            header(headers, CloudEventHeaders.SUBJECT, event.subject);
        }
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(topicPrefix + event.topic, null, event.key, event.payload, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    void stop(@Observes ShutdownEvent event) {
        wakeUps.stop();
    }

    private record BatchResult(int sent, boolean full, boolean failed) {
        static final BatchResult EMPTY = new BatchResult(0, false, false);
    }
}
