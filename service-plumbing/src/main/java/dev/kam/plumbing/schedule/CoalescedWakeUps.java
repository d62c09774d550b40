package dev.kam.plumbing.schedule;

import io.quarkus.logging.Log;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a job on a thread of its own soon after it is asked to, for work that should follow a commit
 * at once rather than wait for the next scheduled run. Asks that arrive before the job starts are one
 * run; an ask while it runs brings one more run after it, so nothing asked for is left behind. The
 * job's failure is logged: its schedule is the safety net.
 */
public final class CoalescedWakeUps {

    private final String name;
    private final Runnable job;
    private final ExecutorService thread;
    private final AtomicBoolean pending = new AtomicBoolean();

    public CoalescedWakeUps(String name, Runnable job) {
        this.name = name;
        this.job = job;
        this.thread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, name));
    }

    public void wakeUp() {
        if (pending.compareAndSet(false, true)) {
            thread.execute(this::run);
        }
    }

    /** No more runs; a run under way is interrupted. */
    public void stop() {
        thread.shutdownNow();
    }

    private void run() {
        pending.set(false);
        try {
            job.run();
        } catch (RuntimeException e) {
            Log.warnf(e, "%s failed; its schedule tries again", name);
        }
    }
}
