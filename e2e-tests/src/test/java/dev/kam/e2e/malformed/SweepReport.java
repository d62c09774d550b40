package dev.kam.e2e.malformed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Judges each answer of the sweep and writes the report a developer fixes things from: the bad
 * answers grouped by operation (method, path, what was sent, status, body excerpt) and a summary
 * of requests, operations and status classes.
 */
public final class SweepReport {

    /** Why an answer is wrong. */
    public enum Fault {
        SERVER_ERROR("5xx"),
        NO_ANSWER("no answer"),
        NOT_PROBLEM_JSON("4xx that is not application/problem+json"),
        FIELD_NOT_NAMED("400/422 that does not name the field at fault"),
        ACCEPTED("bad input accepted (2xx/3xx)"),
        RATE_LIMITED("429 even after waiting");

        private final String label;

        Fault(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, List<String>> faultsByOperation = new TreeMap<>();
    private final Map<Fault, Integer> faultCounts = new LinkedHashMap<>();
    private final Map<String, Map<Fault, Integer>> faultCountsByOperation = new TreeMap<>();
    private final Map<String, Integer> statusClasses = new TreeMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, Integer> requestsByOperation = new TreeMap<>();
    private int requests;
    private int rateLimitWaits;

    public void add(BadRequest request, Answer answer) {
        requests++;
        rateLimitWaits += answer.rateLimited();
        requestsByOperation.merge(request.operation().key(), 1, Integer::sum);
        statusClasses.merge(answer.statusClass(), 1, Integer::sum);
        statuses.merge(answer.status(), 1, Integer::sum);
        Fault fault = judge(request, answer);
        if (fault != null) {
            faultCounts.merge(fault, 1, Integer::sum);
            faultCountsByOperation.computeIfAbsent(request.operation().key(), k -> new LinkedHashMap<>())
                    .merge(fault, 1, Integer::sum);
            faultsByOperation.computeIfAbsent(request.operation().key(), k -> new ArrayList<>())
                    .add(String.format("  [%s] %s %s | %s -> %d %s | %s", fault.name(), request.method(),
                            BadRequests.brief(request.target()).replace("...", "…"), request.what(), answer.status(),
                            answer.contentType(), oneLine(answer.body())));
        }
    }

    /** Null when the answer is right for this request. */
    static Fault judge(BadRequest request, Answer answer) {
        int status = answer.status();
        if (status == 0) {
            return Fault.NO_ANSWER;
        }
        if (status >= 500) {
            return Fault.SERVER_ERROR;
        }
        if (status == 429) {
            return Fault.RATE_LIMITED;
        }
        if (status >= 400) {
            if (!answer.isProblem()) {
                return Fault.NOT_PROBLEM_JSON;
            }
            if ((status == 400 || status == 422) && request.field() != null && !names(answer, request.field())) {
                return Fault.FIELD_NOT_NAMED;
            }
            return null;
        }
        return request.mustRefuse() ? Fault.ACCEPTED : null;
    }

    /** The answer names the field in a violation, or (for parameters and headers) in its detail. */
    static boolean names(Answer answer, String field) {
        JsonNode body;
        try {
            body = MAPPER.readTree(answer.body());
        } catch (Exception e) {
            return false;
        }
        String wanted = field.toLowerCase(Locale.ROOT);
        String wantedRoot = wanted.replaceAll("\\[\\d+]", "").replaceAll("^\\.+", "");
        for (JsonNode violation : body.path("violations")) {
            String named = violation.path("field").asText("").toLowerCase(Locale.ROOT);
            String namedRoot = named.replaceAll("\\[\\d+]", "");
            if (!named.isEmpty() && (named.equals(wanted) || named.startsWith(wanted + ".")
                    || named.startsWith(wanted + "[") || wanted.startsWith(named + ".") || wanted.startsWith(named + "[")
                    || namedRoot.equals(wantedRoot) || namedRoot.endsWith("." + wantedRoot)
                    || wantedRoot.endsWith("." + namedRoot))) {
                return true;
            }
        }
        String detail = body.path("detail").asText("").toLowerCase(Locale.ROOT);
        String last = wantedRoot.substring(wantedRoot.lastIndexOf('.') + 1);
        return detail.contains("'" + last + "'") || detail.contains(last + " ");
    }

    public int requests() {
        return requests;
    }

    public int faults() {
        return faultCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public String summary(int operations, int operationsInDocument) {
        StringBuilder text = new StringBuilder();
        text.append("Malformed-input sweep: ").append(requests).append(" requests, ").append(operations)
                .append(" of ").append(operationsInDocument).append(" operations covered\n");
        text.append("  status classes: ").append(statusClasses).append('\n');
        text.append("  statuses: ").append(statuses).append('\n');
        text.append("  429s waited out: ").append(rateLimitWaits).append('\n');
        text.append("  bad answers: ").append(faults());
        faultCounts.forEach((fault, count) -> text.append(", ").append(count).append(' ').append(fault.label()));
        text.append('\n');
        return text.toString();
    }

    /** Per operation: requests sent and bad answers by kind. */
    public String faultTable() {
        StringBuilder text = new StringBuilder("Bad answers per operation (requests sent / faults by kind):\n");
        faultCountsByOperation.forEach((operation, counts) -> text.append(String.format("  %-70s %5d sent  %s%n",
                operation, requestsByOperation.get(operation), counts)));
        return text.toString();
    }

    public String details(int maxPerOperation) {
        StringBuilder text = new StringBuilder();
        faultsByOperation.forEach((operation, lines) -> {
            text.append(operation).append(" (").append(lines.size()).append(" bad answers)\n");
            lines.stream().limit(maxPerOperation).forEach(line -> text.append(line).append('\n'));
            if (lines.size() > maxPerOperation) {
                text.append("  ... ").append(lines.size() - maxPerOperation).append(" more\n");
            }
        });
        return text.toString();
    }

    private static String oneLine(String body) {
        String line = body.replaceAll("\\s+", " ");
        return line.length() > 220 ? line.substring(0, 220) + "…" : line;
    }
}
