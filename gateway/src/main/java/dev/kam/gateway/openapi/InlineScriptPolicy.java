package dev.kam.gateway.openapi;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Content-Security-Policy for a static page of the Swagger UI jar (its OAuth2 redirect page) that
 * allows the page's own inline scripts by their SHA-256 hash and nothing else, so the policy follows
 * the jar's version instead of a hash copied into the configuration.
 */
final class InlineScriptPolicy {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private InlineScriptPolicy() {
    }

    static String forPage(Buffer page) {
        StringBuilder hashes = new StringBuilder();
        Matcher matcher = INLINE_SCRIPT.matcher(page.toString(StandardCharsets.UTF_8));
        while (matcher.find()) {
            hashes.append(" 'sha256-").append(sha256(matcher.group(1))).append('\'');
        }
        return "default-src 'none'; script-src" + (hashes.isEmpty() ? " 'none'" : hashes)
                + "; frame-ancestors 'none'; base-uri 'none'";
    }

    private static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
