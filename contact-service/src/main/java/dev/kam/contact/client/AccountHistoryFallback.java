package dev.kam.contact.client;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** The brief without account history, saying exactly why it is missing. */
@ApplicationScoped
public class AccountHistoryFallback implements FallbackHandler<AccountHistory> {

    @Override
    public AccountHistory handle(ExecutionContext context) {
        Throwable failure = context.getFailure();
        String reason = reasonFor(failure);
        Object accountId = context.getParameters().length > 0 && context.getParameters()[0] instanceof UUID id
                ? id : "?";
        Log.warnf("Brief for account %s without account history: %s (%s)", accountId, reason,
                failure == null ? "no failure" : failure.getClass().getSimpleName());
        return AccountHistory.unavailable(reason);
    }

    static String reasonFor(Throwable failure) {
        if (failure instanceof AccountNotVisibleException) {
            return "account-service does not show you this account";
        }
        if (failure instanceof TimeoutException) {
            return "account-service did not answer in time";
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return "account-service has been failing, it is not asked again for a few seconds";
        }
        if (failure instanceof AccountServiceFailedException failed) {
            return "account-service answered with an error (" + failed.status() + ")";
        }
        return "account-service could not be reached";
    }
}
