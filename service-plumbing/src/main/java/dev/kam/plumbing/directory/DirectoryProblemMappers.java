package dev.kam.plumbing.directory;

import dev.kam.plumbing.http.RequestIds;
import dev.kam.plumbing.problem.HttpStatuses;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemResponses;
import io.quarkus.logging.Log;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The directory's two refusals as problems: an unknown person is 422 naming the field, no answer is 503. */
public class DirectoryProblemMappers {

    public static final String UNKNOWN_PERSON_TYPE = "https://kam.dev/problems/unknown-person";
    public static final String DIRECTORY_UNAVAILABLE_TYPE = "https://kam.dev/problems/people-directory-unavailable";
    /** Long enough for a restarted Keycloak or a half-open circuit breaker to answer again. */
    static final String RETRY_AFTER_SECONDS = "10";

    @ServerExceptionMapper
    public Response unknownPerson(UnknownPersonException e, UriInfo uri, ContainerRequestContext request) {
        return ProblemResponses.of(HttpStatuses.UNPROCESSABLE_CONTENT, UNKNOWN_PERSON_TYPE, "Unknown person",
                e.getMessage(), path(uri), RequestIds.of(request),
                List.of(new ProblemDetail.Violation(e.field(), "is not a person known to the identity provider")));
    }

    @ServerExceptionMapper
    public Response directoryUnavailable(PeopleDirectoryUnavailableException e, UriInfo uri,
            ContainerRequestContext request) {
        String requestId = RequestIds.of(request);
        Log.warnf("Request %s refused: %s", requestId, e.getMessage());
        Response problem = ProblemResponses.of(Response.Status.SERVICE_UNAVAILABLE, DIRECTORY_UNAVAILABLE_TYPE,
                "People directory unavailable", PeopleDirectoryUnavailableException.MESSAGE, path(uri), requestId,
                List.of());
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
