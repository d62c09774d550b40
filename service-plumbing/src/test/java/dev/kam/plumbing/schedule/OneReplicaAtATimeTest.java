package dev.kam.plumbing.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.plumbing.AdvisoryLockSpaces;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Scheduled jobs on the real PostgreSQL: one run of a job at a time, across sessions as across pods. */
@QuarkusTest
class OneReplicaAtATimeTest {

    private static final long PATIENCE_SECONDS = 10;

    @Inject
    OneReplicaAtATime oneReplica;

    @Inject
    MeterRegistry registry;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void aSecondRunWhileTheFirstRunsIsSkippedAndCountedAndTheJobRunsAgainOnceTheFirstHasFinished()
            throws Exception {
        String job = newJob();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService elsewhere = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> first = elsewhere.submit(() -> oneReplica.runAlone(job, () -> {
                started.countDown();
                awaitQuietly(finish);
            }));
            assertThat(started.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
            AtomicInteger runs = new AtomicInteger();

            assertThat(oneReplica.runAlone(job, runs::incrementAndGet)).isFalse();
            assertThat(runs).hasValue(0);
            assertThat(skipped(job)).isEqualTo(1.0);

            finish.countDown();
            assertThat(first.get(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(oneReplica.runAlone(job, runs::incrementAndGet)).isTrue();
            assertThat(runs).hasValue(1);
            assertThat(sessionsHolding(job)).isZero();
        } finally {
            finish.countDown();
            elsewhere.shutdownNow();
        }
    }

    @Test
    void differentJobsDoNotBlockEachOther() {
        String outer = newJob();
        String inner = newJob();
        AtomicBoolean innerRan = new AtomicBoolean();

        boolean outerRan = oneReplica.runAlone(outer,
                () -> innerRan.set(oneReplica.runAlone(inner, () -> assertThat(sessionsHolding(outer)).isOne())));

        assertThat(outerRan).isTrue();
        assertThat(innerRan).isTrue();
        assertThat(skipped(outer) + skipped(inner)).isZero();
    }

    @Test
    void aJobHeldByAnotherPodIsSkippedUntilThatPodsSessionEnds() throws SQLException {
        String job = newJob();
        AtomicInteger runs = new AtomicInteger();
        try (Connection otherPod = DriverManager.getConnection(url, user, password)) {
            try (PreparedStatement lock = otherPod.prepareStatement("select pg_advisory_lock(?, ?)")) {
                lock.setInt(1, AdvisoryLockSpaces.SCHEDULED_JOBS);
                lock.setInt(2, OneReplicaAtATime.keyOf(job));
                lock.execute();
            }

            assertThat(oneReplica.runAlone(job, runs::incrementAndGet)).isFalse();
        }
        // the other pod died without unlocking; the server ends its session (and the lock) just after

        Awaitility.await().atMost(Duration.ofSeconds(PATIENCE_SECONDS))
                .until(() -> oneReplica.runAlone(job, runs::incrementAndGet));
        assertThat(runs).hasValue(1);
    }

    @Test
    void aFailingJobReleasesItsLockAndItsFailureReachesTheCaller() {
        String job = newJob();

        assertThatThrownBy(() -> oneReplica.runAlone(job, () -> {
            throw new IllegalStateException("the job broke");
        })).hasMessage("the job broke");

        assertThat(sessionsHolding(job)).isZero();
        assertThat(skipped(job)).isZero();
    }

    private static String newJob() {
        return "test-job-" + UUID.randomUUID();
    }

    private double skipped(String job) {
        var counter = registry.find("kam.schedule.skipped").tag("job", job).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Sessions of any client holding the job's lock (pg_locks keeps the int keys as unsigned oids). */
    private long sessionsHolding(String job) {
        try (Connection session = dataSource.getConnection();
                PreparedStatement query = session.prepareStatement("""
                        select count(*) from pg_locks where locktype = 'advisory' and granted
                        and database = (select oid from pg_database where datname = current_database())
                        and classid::bigint = ? and objid::bigint = ? and objsubid = 2""")) {
            query.setLong(1, Integer.toUnsignedLong(AdvisoryLockSpaces.SCHEDULED_JOBS));
            query.setLong(2, Integer.toUnsignedLong(OneReplicaAtATime.keyOf(job)));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
