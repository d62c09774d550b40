package dev.kam.e2e.malformed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What kind of value a string field or parameter holds, read from its schema, name and example. */
enum Values {
    ENUM, UUID, DATE, DATE_TIME, PERIOD, DECIMAL, CURRENCY, EMAIL, CURSOR, PATTERNED, TEXT;

    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DATE_FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT_FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern PERIOD_FORM = Pattern.compile("\\d{4}(-(Q[1-4]|H[12]|M?\\d{2}))?");
    private static final Pattern DECIMAL_FORM = Pattern.compile("-?\\d+\\.\\d+");

    /** Strings that attack parsers, queries, templates and logs; never a valid id, date, period or code. */
    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1' --",
            "\"; DROP TABLE account; --",
            "1; SELECT pg_sleep(5)",
            "' UNION SELECT NULL, NULL --",
            "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1:1389/a}",
            "{{7*7}}#{7*7}",
            "../../../../etc/passwd",
            "%00%2e%2e%2f",
            "a\u0000b",
            "line\r\nX-Injected: yes",
            "\uD83D\uDE00\uD83D\uDD25",
            "\uFEFF",
            "$(reboot)`id`",
            "%s%s%s%n",
            "\\u0000\\\"",
            "null",
            "-1",
            "' AND 1=CAST((SELECT version()) AS int) --",
            "0; DELETE FROM outbox_event",
            "<img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "\u202Egnp.exe",
            "%0d%0aSet-Cookie: x=1",
            "..\\..\\windows\\win.ini",
            "{\"$gt\": \"\"}",
            "[]",
            "true",
            "1e309",
            "\u00e9\u0301\u200b",
            "\u0007bell\u001b[31m",
            "%",
            "\\",
            "\uFF1Cscript\uFF1E",
            "<!--#exec cmd=\"id\"-->",
            "*)(uid=*))(|(uid=*",
            "%25%32%65%25%32%65");

    static Values of(JsonNode schema, String name, JsonNode example) {
        String format = schema.path("format").asText("");
        String lower = name.toLowerCase(Locale.ROOT);
        String sample = example != null && example.isTextual() ? example.asText() : "";
        if (schema.has("enum")) {
            return ENUM;
        }
        if (format.equals("uuid") || UUID_FORM.matcher(sample).matches()) {
            return UUID;
        }
        if (format.equals("date-time") || INSTANT_FORM.matcher(sample).matches()) {
            return DATE_TIME;
        }
        if (format.equals("date") || DATE_FORM.matcher(sample).matches()) {
            return DATE;
        }
        if (lower.contains("period") || (!sample.isEmpty() && PERIOD_FORM.matcher(sample).matches())) {
            return PERIOD;
        }
        if (DECIMAL_FORM.matcher(sample).matches() || lower.equals("amount")) {
            return DECIMAL;
        }
        if (lower.contains("currency")) {
            return CURRENCY;
        }
        if (format.equals("email") || lower.contains("email")) {
            return EMAIL;
        }
        if (lower.equals("cursor")) {
            return CURSOR;
        }
        if (schema.has("pattern")) {
            return PATTERNED;
        }
        return TEXT;
    }

    /** Values of the wrong form for this kind (none for free text, where any text is allowed). */
    List<String> malformed() {
        return malformed(null);
    }

    /** As {@link #malformed()}; for a patterned string only values the pattern (JSON Schema: unanchored) refuses. */
    List<String> malformed(String pattern) {
        List<String> own = switch (this) {
            case ENUM -> List.of("NOT_A_VALUE", "");
            case UUID -> List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "1", "", "0x1F");
            case DATE -> List.of("2026-02-30", "31.12.2026", "2026-13-01", "", "+999999999-12-31", "2026-1-1");
            case DATE_TIME -> List.of("yesterday", "2026-13-01T25:61:00Z", "2026-01-01T10:00", "", "1e10");
            case PERIOD -> List.of("2026-Q5", "2026-H3", "Q3-2026", "99999-Q1", "2026-M13", "", "0000-Q1");
            case DECIMAL -> List.of("abc", "1e400", "12,50", "--1", "99999999999999999999999999999999.99",
                    "0.00000000000000000000001", "", "NaN", "Infinity");
            case CURRENCY -> List.of("EURO", "eu", "123", "", "E U");
            case EMAIL -> List.of("not-an-email", "a@", "@b", "a@b@c");
            case CURSOR -> List.of("garbage!!", "eyJub3QiOiJjdXJzb3IifQ", "AAAA", "x".repeat(2000));
            case PATTERNED -> List.of("!!!", "");
            case TEXT -> List.of();
        };
        if (this == TEXT) {
            return own;
        }
        List<String> all = java.util.stream.Stream.concat(own.stream(), INJECTIONS.stream()).distinct().toList();
        if (this != PATTERNED || pattern == null) {
            return all;
        }
        Pattern compiled = Pattern.compile(pattern);
        return java.util.stream.Stream.concat(all.stream(), java.util.stream.Stream.of("   ", "\t"))
                .filter(value -> !compiled.matcher(value).find()).distinct().toList();
    }
}
