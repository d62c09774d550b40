package dev.kam.account.rest.purchase;

import dev.kam.plumbing.problem.ProblemException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records read one at a time from a stream (a header line, comma-separated fields, double
 * quotes around fields that hold commas, quotes or line breaks; blank lines skipped). Its buffers are
 * bounded: a cell or a record longer than allowed is refused while it is being read, never buffered whole.
 */
final class CsvStream {

    private final Reader in;
    private final int maxCell;
    private final int maxRecord;
    private int pushedBack = -2;
    private boolean started;

    CsvStream(Reader in, int maxCell, int maxRecord) {
        this.in = in;
        this.maxCell = maxCell;
        this.maxRecord = maxRecord;
    }

    /**
     * The next record, or null at the end. {@code label} names the record in a refusal (e.g. rows[3]),
     * {@code columns} the cells by position (null while the header is read).
     */
    List<String> next(String label, List<String> columns) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int length = 0;
        while (true) {
            int c = read();
            if (c == -1) {
                if (quoted) {
                    throw ProblemException.badRequest("The CSV ends inside a quoted field");
                }
                if (fieldStarted || !fields.isEmpty()) {
                    fields.add(field.toString());
                    return fields;
                }
                return null;
            }
            if (++length > maxRecord) {
                throw PurchaseImportRows.tooLong(label, "is longer than " + maxRecord + " characters");
            }
            if (quoted) {
                if (c == '"') {
                    int following = read();
                    if (following == '"') {
                        append(field, '"', label, columns, fields.size());
                    } else {
                        quoted = false;
                        unread(following);
                    }
                } else {
                    append(field, (char) c, label, columns, fields.size());
                }
            } else if (c == '"') {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int following = read();
                    if (following != '\n') {
                        unread(following);
                    }
                }
                if (fieldStarted || !fields.isEmpty()) {
                    fields.add(field.toString());
                    return fields;
                }
                length = 0;
            } else {
                append(field, (char) c, label, columns, fields.size());
                fieldStarted = true;
            }
        }
    }

    private void append(StringBuilder field, char c, String label, List<String> columns, int position) {
        if (field.length() >= maxCell) {
            String where = columns == null || position >= columns.size()
                    ? label : label + "." + columns.get(position).strip();
            throw PurchaseImportRows.tooLong(where, "is longer than " + maxCell + " characters");
        }
        field.append(c);
    }

    private int read() {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        try {
            int c = in.read();
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    // a byte order mark some spreadsheet programs write is not part of the header
                    c = in.read();
                }
            }
            return c;
        } catch (IOException e) {
            throw ProblemException.badRequest("The request body could not be read");
        }
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
