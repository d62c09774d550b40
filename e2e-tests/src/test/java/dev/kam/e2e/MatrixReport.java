package dev.kam.e2e;

import dev.kam.e2e.malformed.ApiOperation;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The answers of the access matrix, judged cell by cell against the table and for leaks. */
final class MatrixReport {

    private static final int EXCERPT = 200;

    private final MatrixSeed.Markers markers;
    private final Map<String, Map<Identity, Integer>> observed = new LinkedHashMap<>();
    private final Map<String, Boolean> reads = new LinkedHashMap<>();
    private final List<String> missingRows = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int checked;
    private int mismatches;
    private int leaks;

    MatrixReport(MatrixSeed.Markers markers) {
        this.markers = markers;
    }

    void add(ApiOperation operation, Identity identity, Optional<Outcome> expected, HttpResponse<String> answer) {
        int status = answer.statusCode();
        observed.computeIfAbsent(operation.key(), k -> new EnumMap<>(Identity.class)).put(identity, status);
        reads.put(operation.key(), !operation.writes());
        if (expected.isEmpty()) {
            if (!missingRows.contains(operation.key())) {
                missingRows.add(operation.key());
            }
            return;
        }
        checked++;
        if (!expected.get().accepts(status, !operation.writes())) {
            mismatches++;
            failures.add(line(operation, identity, "expected " + expected.get() + ", got " + status, answer));
        }
        String body = answer.body() == null ? "" : answer.body();
        if (!AccessTable.MAY_SEE_THE_PROFILE.contains(identity) && body.contains(markers.profile())) {
            leaks++;
            failures.add(line(operation, identity, "LEAK: the seeded negotiation profile", answer));
        }
        if (!AccessTable.MAY_SEE_KATES_PAY.contains(identity) && markers.pay().stream().anyMatch(body::contains)) {
            leaks++;
            failures.add(line(operation, identity, "LEAK: kate's pay", answer));
        }
    }

    int checked() {
        return checked;
    }

    int mismatches() {
        return mismatches;
    }

    int leaks() {
        return leaks;
    }

    List<String> missingRows() {
        return missingRows;
    }

    /** The first {@code limit} failures, one per line. */
    String failures(int limit) {
        StringBuilder text = new StringBuilder();
        failures.stream().limit(limit).forEach(f -> text.append(f).append('\n'));
        if (failures.size() > limit) {
            text.append("... and ").append(failures.size() - limit).append(" more\n");
        }
        return text.toString();
    }

    /** Rows for the operations without one, written as observed, for a reviewer to check and copy. */
    String suggestedRows() {
        StringBuilder text = new StringBuilder();
        for (String operation : missingRows) {
            text.append("        row(\"").append(operation).append("\", \"").append(letters(operation))
                    .append("\");\n");
        }
        return text.toString();
    }

    /** Every operation's observed statuses, one column per identity. */
    String observedTable() {
        StringBuilder text = new StringBuilder(String.format("%-80s", "operation"));
        for (Identity identity : Identity.values()) {
            text.append(String.format(" %9s", identity.label()));
        }
        text.append('\n');
        observed.forEach((operation, statuses) -> {
            text.append(String.format("%-80s", operation));
            for (Identity identity : Identity.values()) {
                text.append(String.format(" %9s", statuses.getOrDefault(identity, 0)));
            }
            text.append('\n');
        });
        return text.toString();
    }

    private String letters(String operation) {
        Map<Identity, Integer> statuses = observed.get(operation);
        StringBuilder letters = new StringBuilder();
        for (Identity identity : AccessTable.COLUMNS) {
            letters.append(letters.isEmpty() ? "" : " ")
                    .append(Outcome.letterOf(statuses.getOrDefault(identity, 0), reads.get(operation)));
        }
        return letters.toString();
    }

    private static String line(ApiOperation operation, Identity identity, String what, HttpResponse<String> answer) {
        String body = answer.body() == null ? "" : answer.body().replaceAll("\\s+", " ");
        return operation.key() + " as " + identity.label() + ": " + what + " ("
                + (body.length() > EXCERPT ? body.substring(0, EXCERPT) + "…" : body) + ")";
    }
}
