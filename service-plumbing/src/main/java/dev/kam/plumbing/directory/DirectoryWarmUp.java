package dev.kam.plumbing.directory;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Makes a service's first directory lookup as quick as the later ones. The first call through the
 * admin-API client also pays for the client-credentials token, the connection and a cold code path,
 * which on a loaded machine can outlast the lookup's 3 s timeout and turn the first team change after
 * a start into a 503. So once the service has started, a background job asks Keycloak about a random
 * id (an answer, even 404, means token and client are ready), and asks again until Keycloak answers:
 * after {@code kam.directory.warm-up-retry}, then a little later each time (at most 30 times that), so
 * that a Keycloak that stays down does not fill the log. Start-up never waits for it. The warm-up is
 * not a question about a person: it is neither counted in {@code kam.directory.lookups} nor remembered.
 */
@ApplicationScoped
public class DirectoryWarmUp {

    static final String JOB = "kam-directory-warm-up";
    /** The longest wait between two attempts, in multiples of the retry interval. */
    static final int MAX_GAP = 30;

    private final KeycloakUsers users;
    private final DirectoryConfig config;
    private final Scheduler scheduler;
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile boolean warmedUp;
    private int ticks;
    private int nextAttemptAt = 1;

    DirectoryWarmUp(@RestClient KeycloakUsers users, DirectoryConfig config, Scheduler scheduler) {
        this.users = users;
        this.config = config;
        this.scheduler = scheduler;
    }

    void start(@Observes StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        scheduler.newJob(JOB)
                .setInterval(Math.max(1, config.warmUpRetry().toSeconds()) + "s") // the scheduler counts in seconds
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> tick())
                .schedule();
    }

    /** Whether Keycloak has answered the warm-up, so the client holds a token. */
    public boolean warmedUp() {
        return warmedUp;
    }

    /** How often the warm-up has asked so far. */
    public int attempts() {
        return attempts.get();
    }

    /** Runs every retry interval; attempts when the growing gap since the last attempt has passed. */
    void tick() {
        ticks++;
        if (warmedUp || ticks < nextAttemptAt) {
            return;
        }
        attempt();
        nextAttemptAt = ticks + Math.min(attempts.get(), MAX_GAP);
    }

    private void attempt() {
        int attempt = attempts.incrementAndGet();
        try {
            users.user(config.realm(), UUID.randomUUID().toString());
            warmedUp = true;
        } catch (WebApplicationException e) {
            // 404: nobody has that id, which is an answer; anything else is not (yet)
            warmedUp = e.getResponse().getStatus() == 404;
            if (!warmedUp) {
                Log.debugf("People directory warm-up %d: Keycloak answered %d", attempt, e.getResponse().getStatus());
            }
        } catch (RuntimeException e) {
            Log.debugf("People directory warm-up %d: Keycloak cannot be asked yet (%s)", attempt, e.getMessage());
        }
        if (warmedUp) {
            scheduler.unscheduleJob(JOB);
            Log.infof("People directory ready: Keycloak answered the warm-up (attempt %d)", attempt);
        }
    }
}
