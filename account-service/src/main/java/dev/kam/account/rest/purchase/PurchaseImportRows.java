package dev.kam.account.rest.purchase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.account.service.purchase.ImportingPurchaseVolumes;
import dev.kam.account.service.purchase.PurchaseImportRow;
import dev.kam.plumbing.problem.HttpStatuses;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the rows of a purchase-volume import, as JSON (an array of objects) or CSV (RFC 4180: a
 * header line, comma-separated fields, double quotes around fields that hold commas or quotes).
 * Values stay text: checking them is the import's job, so that every fault is reported at once.
 * Rows are numbered from 1 (the CSV header is not a row).
 */
final class PurchaseImportRows {

    private static final List<String> COLUMNS = List.of("accountid", "legalid", "period", "amount", "currency",
            "quantity");

    private PurchaseImportRows() {
    }

    static List<PurchaseImportRow> fromJson(String body, ObjectMapper objectMapper) {
        JsonNode root;
        try {
            root = objectMapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("The request body is not valid JSON");
        }
        if (root == null || !root.isArray()) {
            throw ProblemException.badRequest("The request body must be a JSON array of rows");
        }
        requireWithinCap(root.size());
        List<PurchaseImportRow> rows = new ArrayList<>();
        List<ProblemDetail.Violation> malformed = new ArrayList<>();
        for (int index = 0; index < root.size(); index++) {
            JsonNode row = root.get(index);
            int number = index + 1;
            if (!row.isObject()) {
                malformed.add(new ProblemDetail.Violation("rows[" + number + "]", "Each row must be a JSON object"));
                continue;
            }
            rows.add(new PurchaseImportRow(number, text(row, "accountId"), text(row, "legalId"), text(row, "period"),
                    text(row, "amount"), text(row, "currency"), text(row, "quantity")));
        }
        rejectIfAny(malformed, root.size());
        return rows;
    }

    static List<PurchaseImportRow> fromCsv(String body) {
        List<List<String>> records = records(body);
        if (records.isEmpty()) {
            throw ProblemException.badRequest("The CSV has no header line");
        }
        Map<String, Integer> columns = header(records.get(0));
        List<List<String>> data = records.subList(1, records.size());
        requireWithinCap(data.size());
        List<PurchaseImportRow> rows = new ArrayList<>();
        List<ProblemDetail.Violation> malformed = new ArrayList<>();
        int width = records.get(0).size();
        for (int index = 0; index < data.size(); index++) {
            List<String> fields = data.get(index);
            int number = index + 1;
            if (fields.size() != width) {
                malformed.add(new ProblemDetail.Violation("rows[" + number + "]",
                        "Has " + fields.size() + " fields where the header has " + width));
                continue;
            }
            rows.add(new PurchaseImportRow(number, field(fields, columns, "accountid"),
                    field(fields, columns, "legalid"), field(fields, columns, "period"),
                    field(fields, columns, "amount"), field(fields, columns, "currency"),
                    field(fields, columns, "quantity")));
        }
        rejectIfAny(malformed, data.size());
        return rows;
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int position = 0; position < names.size(); position++) {
            String name = names.get(position).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw ProblemException.badRequest("Unknown CSV column '" + names.get(position).strip()
                        + "'; the columns are accountId or legalId, period, amount, currency and optionally quantity");
            }
            if (columns.put(name, position) != null) {
                throw ProblemException.badRequest("The CSV header names the column '" + name + "' twice");
            }
        }
        if (!columns.containsKey("accountid") && !columns.containsKey("legalid")) {
            throw ProblemException.badRequest("The CSV header must have an accountId or a legalId column");
        }
        for (String required : List.of("period", "amount", "currency")) {
            if (!columns.containsKey(required)) {
                throw ProblemException.badRequest("The CSV header lacks the column '" + required + "'");
            }
        }
        return columns;
    }

    private static String field(List<String> fields, Map<String, Integer> columns, String column) {
        Integer position = columns.get(column);
        if (position == null) {
            return null;
        }
        String value = fields.get(position);
        return value.isBlank() ? null : value.strip();
    }

    /** RFC 4180 records; blank lines are skipped. */
    private static List<List<String>> records(String body) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, fields, field, fieldStarted);
                fields = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw ProblemException.badRequest("The CSV ends inside a quoted field");
        }
        endRecord(records, fields, field, fieldStarted);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> fields, StringBuilder field,
            boolean fieldStarted) {
        if (fieldStarted || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        field.setLength(0);
    }

    private static String text(JsonNode row, String name) {
        JsonNode value = row.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static void requireWithinCap(int rows) {
        if (rows > ImportingPurchaseVolumes.MAX_ROWS) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Batch too large",
                    "A batch holds at most " + ImportingPurchaseVolumes.MAX_ROWS + " rows; this one has " + rows
                            + ". Split it and send the parts one after the other");
        }
    }

    private static void rejectIfAny(List<ProblemDetail.Violation> malformed, int rows) {
        if (!malformed.isEmpty()) {
            throw new ProblemException(HttpStatuses.UNPROCESSABLE_CONTENT, ImportingPurchaseVolumes.REJECTED_TYPE,
                    "Import rejected", malformed.size() + " of " + rows + " rows are malformed; nothing was stored",
                    malformed);
        }
    }
}
