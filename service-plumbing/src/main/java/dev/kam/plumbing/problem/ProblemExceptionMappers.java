package dev.kam.plumbing.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.kam.plumbing.http.InvalidParameterException;
import dev.kam.plumbing.http.RequestIds;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to an RFC 9457 problem. Bad input is a 4xx with the fields at fault; an
 * unreachable database a 503 with {@code Retry-After}; anything unexpected is a 500 that reveals
 * nothing but the request id to look up in the logs.
 */
public class ProblemExceptionMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, ContainerRequestContext request) {
        return ProblemResponses.of(e.status(), e.type(), e.title(), e.getMessage(), path(uri), requestId(request),
                e.violations());
    }

    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException e, UriInfo uri, ContainerRequestContext request) {
        List<ProblemDetail.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.Violation(ViolationPaths.fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.Violation::field))
                .collect(Collectors.toList());
        return ProblemResponses.of(Response.Status.BAD_REQUEST, ProblemDetail.BLANK_TYPE, "Invalid input",
                "The request has " + violations.size() + " invalid field(s)", path(uri), requestId(request),
                violations);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, ContainerRequestContext request) {
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof StreamConstraintsException limits) {
            // Hit while binding a field: the mapping exception knows which one.
            return beyondLimits(limits, fieldOf(mapping), uri, request);
        }
        String field = e instanceof JsonMappingException mapping ? fieldOf(mapping)
                : e instanceof StreamReadException read && read.getProcessor() != null
                        ? JsonPaths.of(read.getProcessor().getParsingContext()) : null;
        String detail = field == null || field.isEmpty()
                ? "The request body is not valid JSON for this operation"
                : "The value of '" + field + "' has the wrong type or format";
        List<ProblemDetail.Violation> violations = field == null || field.isEmpty()
                ? List.of()
                : List.of(new ProblemDetail.Violation(field, "wrong type or format"));
        return ProblemResponses.of(Response.Status.BAD_REQUEST, ProblemDetail.BLANK_TYPE, "Unreadable request body",
                detail, path(uri), requestId(request), violations);
    }

    /** Quarkus ships its own mapper for this subtype (a bad enum value, a string for a number); ours wins. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, ContainerRequestContext request) {
        return unreadableJson(e, uri, request);
    }

    /** A body beyond the reader's limits (nesting depth, string or number length): refused while parsing. */
    @ServerExceptionMapper
    public Response beyondLimits(StreamConstraintsException e, UriInfo uri, ContainerRequestContext request) {
        String field = e.getProcessor() instanceof JsonParser parser ? JsonPaths.of(parser.getParsingContext()) : "";
        return beyondLimits(e, field, uri, request);
    }

    private static Response beyondLimits(StreamConstraintsException e, String field, UriInfo uri,
            ContainerRequestContext request) {
        String limit = e.getOriginalMessage() == null ? "a limit of this service" : e.getOriginalMessage();
        return ProblemResponses.of(HttpStatuses.UNPROCESSABLE_CONTENT, ProblemDetail.BLANK_TYPE,
                "Request body beyond limits", "The request body exceeds " + limit, path(uri), requestId(request),
                List.of(new ProblemDetail.Violation(field.isEmpty() ? "request" : field, "beyond the size limits")));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri, ContainerRequestContext request) {
        return ProblemResponses.of(Response.Status.BAD_REQUEST, ProblemDetail.BLANK_TYPE, "Invalid input",
                e.getMessage(), path(uri), requestId(request),
                List.of(new ProblemDetail.Violation(e.parameter(), e.expectation())));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri, ContainerRequestContext request) {
        return unauthorized(uri, request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri,
            ContainerRequestContext request) {
        return unauthorized(uri, request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, ContainerRequestContext request) {
        return ProblemResponses.of(Response.Status.FORBIDDEN, "Forbidden",
                "You are not allowed to perform this operation", path(uri), requestId(request));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, ContainerRequestContext request) {
        // The JSON reader wraps some parse failures (e.g. a number too large for its field) in a bare 400.
        if (e.getCause() instanceof StreamConstraintsException limits) {
            return beyondLimits(limits, uri, request);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri, request);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            Log.errorf(e, "Request %s failed", requestId(request));
        }
        // The framework's own messages (e.g. "HTTP 404 Not Found") add nothing; keep the title only.
        return ProblemResponses.of(status, status.getReasonPhrase(), null, path(uri), requestId(request));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, ContainerRequestContext request) {
        String requestId = requestId(request);
        if (DatabaseUnavailable.causes(e)) {
            // Not the request's fault and not a bug: the database is away (restarting, unreachable, pool drained).
            Log.warnf("Request %s: the database is unavailable: %s", requestId, e.toString());
            Response problem = ProblemResponses.of(Response.Status.SERVICE_UNAVAILABLE, "Service unavailable",
                    "The service cannot reach its database at the moment; retry shortly", path(uri), requestId);
            return Response.fromResponse(problem)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        var refusal = DatabaseRefusals.of(e);
        if (refusal.isPresent()) {
            // A validation gap: the database refused the data, nothing was stored. Fix the rule up front.
            Log.warnf("Request %s: the database refused the data (SQLSTATE %s): %s", requestId,
                    refusal.get().sqlState(), e.toString());
            return ProblemResponses.of(refusal.get().status(), refusal.get().title(), refusal.get().detail(),
                    path(uri), requestId);
        }
        Log.errorf(e, "Request %s failed unexpectedly", requestId);
        return ProblemResponses.of(Response.Status.INTERNAL_SERVER_ERROR, "Internal error",
                "The request could not be completed; quote the request id when reporting this", path(uri),
                requestId);
    }

    private static Response unauthorized(UriInfo uri, ContainerRequestContext request) {
        Response problem = ProblemResponses.of(Response.Status.UNAUTHORIZED, "Unauthorized",
                "A valid bearer token is required", path(uri), requestId(request));
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String requestId(ContainerRequestContext request) {
        return RequestIds.of(request);
    }
}
