package dev.kam.contact.client;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Tells "you may not see this account" (403/404: no retry, not a failure of account-service) from
 * account-service failing (everything else from 400 up), so retries and the circuit breaker count
 * only the latter.
 */
public class AccountServiceErrors implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status == 403 || status == 404) {
            return new AccountNotVisibleException(status);
        }
        return new AccountServiceFailedException(status);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
