package dev.kam.contact.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * account-service's public API, as far as a negotiation brief needs it, called with the caller's own
 * token ({@link CallerTokenHeaders}) so account-service applies its access rules to him. Base URL:
 * {@code KAM_ACCOUNT_URL}. Use it through {@link AccountHistorySource}, which bounds and survives it.
 */
@RegisterRestClient(configKey = "account-service")
@RegisterClientHeaders(CallerTokenHeaders.class)
@RegisterProvider(AccountServiceErrors.class)
@Path("/api/accounts/{accountId}")
@Produces(MediaType.APPLICATION_JSON)
public interface AccountServiceApi {

    @GET
    AccountRecord account(@PathParam("accountId") UUID accountId);

    /** Newest first. */
    @GET
    @Path("interactions")
    RecordPage<InteractionRecord> interactions(@PathParam("accountId") UUID accountId, @QueryParam("limit") int limit);

    /** Most recently opened first; {@code status} one of OPEN, IN_PROGRESS, SOLVED, DROPPED. */
    @GET
    @Path("problems")
    RecordPage<ProblemRecord> problems(@PathParam("accountId") UUID accountId, @QueryParam("status") String status,
            @QueryParam("limit") int limit);
}
