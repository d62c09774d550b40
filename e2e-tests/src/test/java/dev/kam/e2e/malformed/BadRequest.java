package dev.kam.e2e.malformed;

import java.util.Map;

/**
 * One malformed request of the sweep.
 *
 * @param operation  the operation it targets
 * @param path       the concrete, encoded path (template filled)
 * @param query      the encoded query string without '?', or empty
 * @param headers    extra headers (Content-Type included when a body is sent)
 * @param body       the body bytes, or null for none
 * @param chunked    send the body without Content-Length
 * @param what       what is wrong with it, in a few words, for the report
 * @param field      the field, parameter or header a 400/422 must name, or null when nothing in particular is
 * @param mustRefuse true when the request breaks the documented contract, so a 2xx answer is itself a fault
 */
public record BadRequest(ApiOperation operation, String method, String path, String query,
        Map<String, String> headers, byte[] body, boolean chunked, String what, String field, boolean mustRefuse) {

    public String target() {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
