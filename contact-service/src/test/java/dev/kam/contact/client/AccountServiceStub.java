package dev.kam.contact.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Stands in for account-service in the component tests, served by the test application itself on
 * its test port ({@code %test.quarkus.rest-client.account-service.url}). Each account behaves as a
 * test tells it to; an account nobody registered is unknown (404), as account-service answers for an
 * account the caller may not see. It remembers the Authorization headers it received.
 */
@Path("/account-service-stub/api/accounts/{accountId}")
@Produces(MediaType.APPLICATION_JSON)
public class AccountServiceStub {

    public enum Behaviour {
        /** Answers with a dossier, two interactions and two open problems. */
        KNOWN,
        /** Holds every answer until the test {@link #release releases} it. */
        SLOW
    }

    public static final String INTERACTION_SUMMARY = "Quarterly review <b>with</b> the board";
    public static final String PROBLEM_TITLE = "Spare parts arrive late";

    private static final Map<UUID, Behaviour> BEHAVIOURS = new ConcurrentHashMap<>();
    private static final Map<UUID, List<String>> AUTHORIZATIONS = new ConcurrentHashMap<>();
    private static volatile CountDownLatch held = new CountDownLatch(1);

    public static void behave(UUID accountId, Behaviour behaviour) {
        BEHAVIOURS.put(accountId, behaviour);
    }

    /** Lets every held answer go (the test has seen what it waited for). */
    public static void release() {
        held.countDown();
        held = new CountDownLatch(1);
    }

    public static List<String> authorizationsFor(UUID accountId) {
        return List.copyOf(AUTHORIZATIONS.getOrDefault(accountId, List.of()));
    }

    @GET
    @Operation(hidden = true)
    public AccountRecord account(@PathParam("accountId") UUID accountId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) throws InterruptedException {
        answer(accountId, authorization);
        return new AccountRecord(accountId, "Hafenkran Werke", "Logistics", "Large enterprise", "North", "KEY",
                null, null, "00000000-0000-4000-8000-000000000001", 21, Instant.parse("2026-01-20T09:00:00Z"), 64,
                "WATCH");
    }

    @GET
    @Path("interactions")
    @Operation(hidden = true)
    public RecordPage<InteractionRecord> interactions(@PathParam("accountId") UUID accountId,
            @QueryParam("limit") int limit, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization)
            throws InterruptedException {
        answer(accountId, authorization);
        return new RecordPage<>(List.of(
                new InteractionRecord(UUID.randomUUID(), "MEETING", Instant.parse("2026-01-20T09:00:00Z"),
                        List.of("00000000-0000-4000-8000-000000000001"), List.of(), INTERACTION_SUMMARY, "NEUTRAL",
                        "Send the uptime report", null),
                new InteractionRecord(UUID.randomUUID(), "CALL", Instant.parse("2026-01-10T09:00:00Z"), List.of(),
                        List.of(), "Price question", "POSITIVE", null, null)).subList(0, Math.min(2, limit)),
                null);
    }

    @GET
    @Path("problems")
    @Operation(hidden = true)
    public RecordPage<ProblemRecord> problems(@PathParam("accountId") UUID accountId,
            @QueryParam("status") String status, @QueryParam("limit") int limit,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) throws InterruptedException {
        answer(accountId, authorization);
        if ("OPEN".equals(status)) {
            return new RecordPage<>(List.of(new ProblemRecord(UUID.randomUUID(), PROBLEM_TITLE, "Waiting weeks",
                    "HIGH", true, false, null, "OPEN", LocalDate.parse("2025-12-01"), 56)), null);
        }
        if ("IN_PROGRESS".equals(status)) {
            return new RecordPage<>(List.of(new ProblemRecord(UUID.randomUUID(), "Invoices in the wrong format",
                    null, "LOW", true, false, null, "IN_PROGRESS", LocalDate.parse("2026-01-05"), 20)), null);
        }
        return new RecordPage<>(List.of(), null);
    }

    private static void answer(UUID accountId, String authorization) throws InterruptedException {
        AUTHORIZATIONS.computeIfAbsent(accountId, id -> new CopyOnWriteArrayList<>()).add(
                authorization == null ? "" : authorization);
        Behaviour behaviour = BEHAVIOURS.get(accountId);
        if (behaviour == null) {
            throw new WebApplicationException(Response.status(404).type("application/problem+json")
                    .entity("{\"status\": 404, \"title\": \"Not found\"}").build());
        }
        if (behaviour == Behaviour.SLOW) {
            // bounded, so a test that forgets to release cannot hang the suite
            held.await(10, TimeUnit.SECONDS);
        }
    }
}
