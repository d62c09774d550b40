package dev.kam.account.rest.purchase;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.account.service.purchase.ImportingPurchaseVolumes;
import dev.kam.account.service.purchase.PurchaseImportRow;
import dev.kam.plumbing.problem.HttpStatuses;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rows of a purchase-volume import, as JSON (an array of objects) or CSV (RFC 4180: a
 * header line, comma-separated fields, double quotes around fields that hold commas or quotes).
 * Values stay text: checking them is the import's job, so that every fault is reported at once.
 * Rows are numbered from 1 (the CSV header is not a row).
 */
final class PurchaseImportRows {

    private static final Set<String> COLUMNS = Set.of("accountid", "legalid", "period", "amount", "currency",
            "quantity");
    /**
     * No cell of a valid batch comes near it (the widest column, legal_id, holds 64): a longer one is
     * refused at once, while cells merely too long for their column are reported with every other fault.
     */
    static final int MAX_CELL_LENGTH = 256;
    /** Six cells at their widest, quoted, with room for spaces. */
    static final int MAX_LINE_LENGTH = 1024;

    private PurchaseImportRows() {
    }

    static List<PurchaseImportRow> fromJson(InputStream body, ObjectMapper objectMapper, int maxRows) {
        JsonNode root;
        try (JsonParser parser = objectMapper.createParser(body)) {
            try {
                root = objectMapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(parser);
            } catch (StreamConstraintsException e) {
                throw ProblemException.beyondReadLimits(e, parser);
            }
            if (parser.nextToken() != null) {
                throw ProblemException.badRequest("The request body holds more than one JSON document");
            }
        } catch (IOException e) {
            throw ProblemException.badRequest("The request body is not valid JSON");
        }
        if (root == null || !root.isArray()) {
            throw ProblemException.badRequest("The request body must be a JSON array of rows");
        }
        requireWithinCap(root.size(), maxRows);
        List<PurchaseImportRow> rows = new ArrayList<>();
        List<ProblemDetail.Violation> malformed = new ArrayList<>();
        for (int index = 0; index < root.size(); index++) {
            JsonNode row = root.get(index);
            int number = index + 1;
            if (!row.isObject()) {
                malformed.add(new ProblemDetail.Violation("rows[" + number + "]", "Each row must be a JSON object"));
                continue;
            }
            rows.add(new PurchaseImportRow(number, text(row, number, "accountId"), text(row, number, "legalId"),
                    text(row, number, "period"), text(row, number, "amount"), text(row, number, "currency"),
                    text(row, number, "quantity")));
        }
        rejectIfAny(malformed, root.size());
        return rows;
    }

    /**
     * Reads the CSV as a stream with bounded buffers: a cell longer than {@link #MAX_CELL_LENGTH}, a line
     * longer than {@link #MAX_LINE_LENGTH} or more rows than a batch holds ({@code maxRows}) is refused as
     * soon as it is read, so an oversized upload costs no more than the bytes up to the fault.
     */
    static List<PurchaseImportRow> fromCsv(Reader body, int maxRows) {
        CsvStream csv = new CsvStream(body, MAX_CELL_LENGTH, MAX_LINE_LENGTH);
        List<String> names = csv.next("header", null);
        if (names == null) {
            throw ProblemException.badRequest("The CSV has no header line");
        }
        Map<String, Integer> columns = header(names);
        int width = names.size();
        List<PurchaseImportRow> rows = new ArrayList<>();
        List<ProblemDetail.Violation> malformed = new ArrayList<>();
        int number = 0;
        List<String> fields;
        while ((fields = csv.next("rows[" + (number + 1) + "]", names)) != null) {
            number++;
            requireWithinCap(number, maxRows);
            if (fields.size() != width) {
                malformed.add(new ProblemDetail.Violation("rows[" + number + "]",
                        "Has " + fields.size() + " fields where the header has " + width));
                continue;
            }
            for (int position = 0; position < width; position++) {
                requirePrintable("rows[" + number + "]." + names.get(position).strip(), fields.get(position));
            }
            rows.add(new PurchaseImportRow(number, field(fields, columns, "accountid"),
                    field(fields, columns, "legalid"), field(fields, columns, "period"),
                    field(fields, columns, "amount"), field(fields, columns, "currency"),
                    field(fields, columns, "quantity")));
        }
        rejectIfAny(malformed, number);
        return rows;
    }

    /** No cell of a valid batch holds a control character; a NUL could not even be stored. */
    private static void requirePrintable(String field, String cell) {
        if (cell.chars().anyMatch(Character::isISOControl)) {
            throw tooLong(field, "must not hold control characters");
        }
    }

    static ProblemException tooLong(String field, String message) {
        return new ProblemException(HttpStatuses.UNPROCESSABLE_CONTENT, ImportingPurchaseVolumes.REJECTED_TYPE,
                "Import rejected", field + " " + message + "; nothing was stored",
                List.of(new ProblemDetail.Violation(field, message)));
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

    private static String text(JsonNode row, int number, String name) {
        JsonNode value = row.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        // 1e999999999 is a short token but a billion digits once written out: refused before that
        if (value.isNumber() && integerDigits(value.decimalValue()) > MAX_CELL_LENGTH) {
            throw tooLong("rows[" + number + "]." + name, "is longer than " + MAX_CELL_LENGTH + " characters");
        }
        String text = value.isNumber() ? value.decimalValue().toPlainString()
                : value.isValueNode() ? value.asText() : value.toString();
        if (text.length() > MAX_CELL_LENGTH) {
            throw tooLong("rows[" + number + "]." + name, "is longer than " + MAX_CELL_LENGTH + " characters");
        }
        requirePrintable("rows[" + number + "]." + name, text);
        return text;
    }

    private static long integerDigits(BigDecimal number) {
        return (long) number.precision() - number.scale();
    }

    private static void requireWithinCap(int rows, int maxRows) {
        if (rows > maxRows) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Batch too large",
                    "A batch holds at most " + maxRows + " rows; this one has more"
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
