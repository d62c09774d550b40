package dev.kam.plumbing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoalescedWakeUpsTest {

    private final AtomicInteger runs = new AtomicInteger();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CoalescedWakeUps wakeUps = new CoalescedWakeUps("test-wake-ups", () -> {
        runs.incrementAndGet();
        started.countDown();
        awaitQuietly(release);
    });

    @AfterEach
    void stop() {
        release.countDown();
        wakeUps.stop();
    }

    @Test
    void manyAsksWhileARunIsUnderWayBringExactlyOneMoreRun() throws InterruptedException {
        wakeUps.wakeUp();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        for (int i = 0; i < 100; i++) {
            wakeUps.wakeUp();
        }
        release.countDown();

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2);
        Awaitility.await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> runs.get() == 2);
    }

    @Test
    void aFailingRunDoesNotStopLaterOnes() {
        AtomicInteger attempts = new AtomicInteger();
        CoalescedWakeUps failing = new CoalescedWakeUps("test-failing", () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("the database is away");
        });
        try {
            failing.wakeUp();
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() == 1);
            failing.wakeUp();
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() == 2);
        } finally {
            failing.stop();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
