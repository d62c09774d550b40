package dev.kam.account.service.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Background health work waits for a bulk write under way, never longer than allowed. */
class BackgroundYieldTest {

    @Test
    void withNoBulkWriteTheTurnIsImmediate() {
        BackgroundYield yield = new BackgroundYield(Duration.ofMinutes(10));

        long started = System.nanoTime();
        yield.awaitTurn();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theTurnComesWhenTheLastBulkWriteEnds() throws Exception {
        BackgroundYield yield = new BackgroundYield(Duration.ofMinutes(10));
        BackgroundYield.BulkWrite first = yield.bulkWriteStarted();
        BackgroundYield.BulkWrite second = yield.bulkWriteStarted();
        AtomicReference<Thread> waiter = new AtomicReference<>();

        CompletableFuture<Void> turn = CompletableFuture.runAsync(() -> {
            waiter.set(Thread.currentThread());
            yield.awaitTurn();
        });
        await().atMost(Duration.ofSeconds(10))
                .until(() -> waiter.get() != null && waiter.get().getState() == Thread.State.TIMED_WAITING);
        first.close();
        // one write still under way: the waiter goes back to waiting
        await().atMost(Duration.ofSeconds(10)).until(() -> waiter.get().getState() == Thread.State.TIMED_WAITING);
        assertThat(turn).isNotDone();

        second.close();
        turn.get(10, TimeUnit.SECONDS);
        assertThat(yield.underway()).isZero();
    }

    @Test
    void closingABulkWriteTwiceEndsItOnce() {
        BackgroundYield yield = new BackgroundYield(Duration.ofMinutes(10));
        BackgroundYield.BulkWrite first = yield.bulkWriteStarted();
        yield.bulkWriteStarted();

        first.close();
        first.close();

        assertThat(yield.underway()).isEqualTo(1);
    }

    @Test
    void theWaitEndsAfterTheLongestAllowedEvenIfTheWriteGoesOn() throws Exception {
        BackgroundYield yield = new BackgroundYield(Duration.ofMillis(200));
        yield.bulkWriteStarted();

        long started = System.nanoTime();
        CompletableFuture.runAsync(yield::awaitTurn).get(10, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(yield.underway()).isEqualTo(1);
    }

    @Test
    void aZeroLimitNeverWaits() throws Exception {
        BackgroundYield yield = new BackgroundYield(Duration.ZERO);
        yield.bulkWriteStarted();

        CompletableFuture.runAsync(yield::awaitTurn).get(10, TimeUnit.SECONDS);

        assertThat(yield.underway()).isEqualTo(1);
    }

    @Test
    void anInterruptedWaitReturnsAndKeepsTheInterrupt() throws Exception {
        BackgroundYield yield = new BackgroundYield(Duration.ofMinutes(10));
        yield.bulkWriteStarted();

        Boolean interrupted = CompletableFuture.supplyAsync(() -> {
            Thread.currentThread().interrupt();
            yield.awaitTurn();
            return Thread.interrupted();
        }).get(10, TimeUnit.SECONDS);

        assertThat(interrupted).isTrue();
    }
}
