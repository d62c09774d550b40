package dev.kam.e2e.malformed;

/**
 * What the suite answered to one bad request.
 *
 * @param status       the HTTP status, or 0 when no answer came (connection broken, timeout)
 * @param contentType  the answer's Content-Type, or "" when it had none
 * @param body         the start of the answer's body (or the client-side failure)
 * @param rateLimited  how many 429 answers were waited out before this one
 */
public record Answer(int status, String contentType, String body, int rateLimited) {

    public boolean isProblem() {
        return contentType.toLowerCase().startsWith("application/problem+json");
    }

    public String statusClass() {
        return status == 0 ? "no answer" : (status / 100) + "xx";
    }
}
