package dev.kam.account.repository;

/** SQL LIKE patterns from user text, with the wildcards in the text taken literally. */
final class LikePatterns {

    private LikePatterns() {
    }

    /** {@code %text%}, escaping {@code \}, {@code %} and {@code _} with {@code \}. */
    static String containing(String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
