package dev.kam.gateway.accesslog;

/**
 * A request path as a template-ish text for the access log: segments that identify a record (UUIDs,
 * numbers, long or unusual tokens, anything with an {@code @}) become {@code {id}}, so the log
 * groups by operation and carries no identifier that could point at a person.
 */
final class PathTemplate {

    private static final int MAX_WORD = 40;

    private PathTemplate() {
    }

    static String of(String path) {
        StringBuilder template = new StringBuilder(path.length());
        int start = 1;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            template.append('/');
            String segment = path.substring(start, end);
            template.append(isWord(segment) ? segment : "{id}");
            start = end + 1;
        }
        return template.toString();
    }

    /** A fixed part of an API path: lower-case letters, digits after a letter, hyphens (e.g. purchase-volumes). */
    private static boolean isWord(String segment) {
        if (segment.isEmpty() || segment.length() > MAX_WORD || !Character.isLetter(segment.charAt(0))) {
            return segment.isEmpty();
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || c == '-' || c == '_' || (c >= '0' && c <= '9');
            if (!allowed) {
                return false;
            }
        }
        return !looksLikeHex(segment);
    }

    /** A hex run like a UUID without dashes or a hash starts with a letter a-f too. */
    private static boolean looksLikeHex(String segment) {
        int digits = 0;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c < 'a' || c > 'f') {
                return false;
            }
        }
        return digits > 0 && segment.length() >= 8;
    }
}
