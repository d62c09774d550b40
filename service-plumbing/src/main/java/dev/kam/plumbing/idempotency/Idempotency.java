package dev.kam.plumbing.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.plumbing.problem.HttpStatuses;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import dev.kam.plumbing.security.CallerIdentity;
import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Honours the {@code Idempotency-Key} request header on POSTs that create something (DESIGN.md
 * section 5): a client that retries after a lost answer gets the first answer again instead of a
 * second creation.
 * <ul>
 * <li>No header: the action simply runs.</li>
 * <li>First use of a key: the action runs and its response (status, JSON body, {@code Location},
 * {@code ETag}) is stored <em>in the same transaction</em>, so the record exists if and only if the
 * creation was committed. An action that fails (any exception: 400, 404, 409, 422...) rolls both back,
 * so the key stays free for a corrected retry.</li>
 * <li>Same caller, same key, same operation, same request: the stored response is returned as it was,
 * with the header {@value #REPLAYED_HEADER}{@code : true}; the action does not run.</li>
 * <li>Same key with a different request: 422 problem; a new request needs a new key.</li>
 * <li>Two concurrent requests with one key: the second waits on the first's uncommitted record
 * (PostgreSQL's unique index) and then replays its response.</li>
 * <li>Records expire after {@code kam.idempotency.retention} (24 h); {@link IdempotencyCleanup}
 * removes them, and an expired record found on the way is ignored.</li>
 * </ul>
 * Keys are scoped by caller (the token's subject) and by operation, so two users or two endpoints
 * never share a key. "Same request" means the parsed request object written as canonical JSON hashes
 * the same ({@link RequestFingerprint}); formatting and property order do not matter.
 * <p>
 * Usage, in a resource method (the use case inside joins the transaction started here):
 * <pre>{@code
 * @POST
 * public Response register(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull Registration request) {
 *     return idempotency.respond(key, "POST /api/accounts", request, () -> {
 *         AccountDossier created = registering.register(request.toProfile());
 *         return Response.created(URI.create("/api/accounts/" + created.id())).entity(created).build();
 *     });
 * }
 * }</pre>
 * The operation names the endpoint; include the parent id for sub-resources (e.g.
 * {@code "POST /api/accounts/" + accountId + "/purchases"}), so one key can be reused across parents.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 255;
    public static final int MAX_OPERATION_LENGTH = 300;
    static final String REUSED_TYPE = "https://kam.dev/problems/idempotency-key-reused";

    // Printable ASCII without spaces: safe in logs and headers, and what clients generate (UUIDs).
    private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7E]{1," + MAX_KEY_LENGTH + "}");

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final RequestFingerprint fingerprint;
    private final SecurityIdentity identity;
    private final IdempotencyConfig config;
    private final Clock clock;

    Idempotency(EntityManager entityManager, ObjectMapper objectMapper, SecurityIdentity identity,
            IdempotencyConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.fingerprint = new RequestFingerprint(objectMapper);
        this.identity = identity;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Runs {@code action} once per idempotency key, or replays the response it gave the first time.
     * Joins the caller's transaction or starts one; the action must run its writes in it.
     *
     * @param key       the {@code Idempotency-Key} header as received; {@code null} when absent
     * @param operation the endpoint, e.g. {@code "POST /api/accounts"} (with the parent id for sub-resources)
     * @param request   the parsed request body (or a record of everything that makes the request what it is)
     * @param action    performs the creation and builds the response; its entity must serialise to JSON
     * @return the action's response, or the stored one on a retry
     * @throws ProblemException 400 for a malformed key, 422 when the key was used for a different request
     */
    @Transactional
    public Response respond(String key, String operation, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        requireWellFormed(key);
        if (operation == null || operation.isBlank() || operation.length() > MAX_OPERATION_LENGTH) {
            throw new IllegalStateException("An idempotent operation needs a name of at most "
                    + MAX_OPERATION_LENGTH + " characters");
        }
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(callerId(), key, operation);
        String requestHash = fingerprint.of(request);
        Instant now = Instant.now(clock);
        forgetExpired(id, now.minus(config.retention()));
        if (claim(id, requestHash, now)) {
            Response response = action.get();
            remember(id, response);
            return response;
        }
        return replay(id, requestHash);
    }

    private static void requireWellFormed(String key) {
        if (!WELL_FORMED.matcher(key).matches()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, ProblemDetail.BLANK_TYPE, "Bad request",
                    "The Idempotency-Key header must be 1 to " + MAX_KEY_LENGTH
                            + " visible ASCII characters, e.g. a UUID",
                    List.of(new ProblemDetail.Violation(HEADER, "1 to " + MAX_KEY_LENGTH
                            + " visible ASCII characters")));
        }
    }

    private String callerId() {
        return identity.isAnonymous() ? "anonymous" : CallerIdentity.of(identity).userId();
    }

    private void forgetExpired(IdempotencyRecord.Key id, Instant cutoff) {
        entityManager.createQuery("""
                delete from IdempotencyRecord r
                where r.key.callerId = :caller and r.key.idempotencyKey = :key and r.key.operation = :operation
                  and r.createdAt < :cutoff""")
                .setParameter("caller", id.callerId())
                .setParameter("key", id.idempotencyKey())
                .setParameter("operation", id.operation())
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    /** True when this transaction now holds the key; waits while another uncommitted one holds it. */
    private boolean claim(IdempotencyRecord.Key id, String requestHash, Instant now) {
        int inserted = entityManager.createNativeQuery("""
                insert into idempotency_record (caller_id, idem_key, operation, request_hash, created_at)
                values (:caller, :key, :operation, :hash, :now)
                on conflict do nothing""")
                .setParameter("caller", id.callerId())
                .setParameter("key", id.idempotencyKey())
                .setParameter("operation", id.operation())
                .setParameter("hash", requestHash)
                .setParameter("now", now)
                .executeUpdate();
        return inserted == 1;
    }

    private void remember(IdempotencyRecord.Key id, Response response) {
        IdempotencyRecord stored = entityManager.find(IdempotencyRecord.class, id);
        stored.status = response.getStatus();
        Object entity = response.getEntity();
        if (entity != null) {
            stored.body = entity instanceof String text ? text : toJson(entity);
            MediaType type = response.getMediaType();
            stored.contentType = type == null ? MediaType.APPLICATION_JSON : type.toString();
        }
        URI location = response.getLocation();
        stored.location = location == null ? null : location.toString();
        stored.etag = response.getHeaderString(HttpHeaders.ETAG);
    }

    private Response replay(IdempotencyRecord.Key id, String requestHash) {
        IdempotencyRecord stored = entityManager.find(IdempotencyRecord.class, id);
        if (stored == null || stored.status == null) {
            // only possible if the record vanished or was never completed: let the client retry
            throw ProblemException.conflict("A request with this Idempotency-Key is being processed; retry shortly");
        }
        if (!stored.requestHash.strip().equals(requestHash)) {
            throw new ProblemException(HttpStatuses.UNPROCESSABLE_CONTENT, REUSED_TYPE, "Idempotency key reused",
                    "This Idempotency-Key was already used for a different request; send a new key for a new request",
                    List.of());
        }
        Log.infof("Replayed the response to idempotency key of operation %s", id.operation());
        Response.ResponseBuilder replayed = Response.status(stored.status).header(REPLAYED_HEADER, "true");
        if (stored.body != null) {
            replayed.entity(stored.body).type(stored.contentType);
        }
        if (stored.location != null) {
            replayed.header(HttpHeaders.LOCATION, stored.location);
        }
        if (stored.etag != null) {
            replayed.header(HttpHeaders.ETAG, stored.etag);
        }
        return replayed.build();
    }

    private String toJson(Object entity) {
        try {
            return objectMapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The response cannot be stored as JSON: " + entity.getClass(), e);
        }
    }
}
