package dev.kam.contact.domain.role;

import java.util.regex.Pattern;

/** One piece of advice on working with a role: a stable kebab-case code for screens and tests, and its text. */
public record GuidanceRule(String code, String text) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public GuidanceRule {
        if (code == null || !KEBAB.matcher(code).matches()) {
            throw new IllegalArgumentException("A guidance rule code must be kebab-case");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A guidance rule needs its text");
        }
    }
}
