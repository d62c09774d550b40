package dev.kam.contact.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * An account's recent history from account-service, for a negotiation brief. A brief must not fail
 * because account-service is slow or down: each attempt is bounded, one retry covers a blip, a
 * circuit breaker stops asking a failing service for a while, and the fallback answers with what is
 * missing and why ({@link AccountHistoryFallback}). "You may not see this account" is no failure:
 * neither retried nor counted by the breaker.
 */
@ApplicationScoped
public class AccountHistorySource {

    /** How many of the latest interactions a brief shows. */
    public static final int RECENT_INTERACTIONS = 5;
    /** How many open problems of each open status a brief shows. */
    public static final int OPEN_PROBLEMS = 20;

    private final AccountServiceApi accounts;

    AccountHistorySource(@RestClient AccountServiceApi accounts) {
        this.accounts = accounts;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 0, abortOn = AccountNotVisibleException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, skipOn = AccountNotVisibleException.class)
    @Fallback(AccountHistoryFallback.class)
    public AccountHistory of(UUID accountId) {
        AccountRecord account = accounts.account(accountId);
        List<InteractionRecord> interactions = accounts.interactions(accountId, RECENT_INTERACTIONS).items();
        List<ProblemRecord> problems = new ArrayList<>(accounts.problems(accountId, "OPEN", OPEN_PROBLEMS).items());
        problems.addAll(accounts.problems(accountId, "IN_PROGRESS", OPEN_PROBLEMS).items());
        problems.sort(Comparator.comparing(ProblemRecord::ageDays).reversed());
        return AccountHistory.of(account, interactions, problems);
    }
}
