package dev.kam.plumbing.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * An event whose database is away, or that lost a race, is applied again until it goes through; it is
 * never handed to the dead-letter topic for that (issue 11, R3: a purchase dead-lettered while PostgreSQL
 * restarted was missing from the statement). Poison and bugs still fail at once.
 */
class TransientFailuresTest {

    private static RuntimeException databaseRefused() {
        return new JDBCConnectionException("Unable to acquire JDBC Connection",
                new PSQLException("Connection to 127.0.0.1:15432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT));
    }

    @Test
    void anEventIsAppliedOnceTheDatabaseIsBack() {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger applied = new AtomicInteger();
        TransientFailures.retried("test event", () -> {
            if (attempts.incrementAndGet() <= 3) {
                throw databaseRefused();
            }
            applied.incrementAndGet();
        }, Duration.ofSeconds(30));
        assertThat(attempts).hasValue(4);
        assertThat(applied).hasValue(1);
    }

    @Test
    void aLostRaceIsRunAgain() {
        AtomicInteger attempts = new AtomicInteger();
        TransientFailures.retried("test event", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new OptimisticLockException("Batch update returned unexpected row count");
            }
        }, Duration.ofSeconds(30));
        assertThat(attempts).hasValue(2);
        assertThat(TransientFailures.isTransient(new PersistenceException(new SQLException("deadlock", "40P01"))))
                .isTrue();
    }

    @Test
    void poisonAndBugsFailAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> TransientFailures.retried("test event", () -> {
            attempts.incrementAndGet();
            throw new PoisonEventException("not a purchase");
        }, Duration.ofSeconds(30))).isInstanceOf(PoisonEventException.class);
        assertThat(attempts).hasValue(1);
        assertThat(TransientFailures.isTransient(new PersistenceException(new SQLException("syntax", "42601"))))
                .isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aDatabaseAwayLongerThanThePatienceFailsTheEvent() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> TransientFailures.retried("test event", () -> {
            attempts.incrementAndGet();
            throw databaseRefused();
        }, Duration.ofMillis(700))).isInstanceOf(JDBCConnectionException.class);
        assertThat(attempts.get()).isBetween(2, 3); // 200 ms, then 400 ms, then the next pause passes the patience
    }
}
