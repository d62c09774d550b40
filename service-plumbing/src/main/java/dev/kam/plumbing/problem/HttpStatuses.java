package dev.kam.plumbing.problem;

import jakarta.ws.rs.core.Response;

/** Statuses that {@link Response.Status} (JAX-RS 3.1) lacks. */
public final class HttpStatuses {

    /** 422: the request is well formed but breaks a business rule (RFC 9110 "Unprocessable Content"). */
    public static final Response.StatusType UNPROCESSABLE_CONTENT = new ClientError(422, "Unprocessable Content");

    /** 428: a write without the If-Match it needs (RFC 6585). */
    public static final Response.StatusType PRECONDITION_REQUIRED = new ClientError(428, "Precondition Required");

    private HttpStatuses() {
    }

    private record ClientError(int getStatusCode, String getReasonPhrase) implements Response.StatusType {

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }
    }
}
