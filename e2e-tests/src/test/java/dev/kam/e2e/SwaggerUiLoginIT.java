package dev.kam.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI through the gateway in a real browser (issue 9 item 6, ADR 0027): runs
 * e2e-tests/browser/swagger-ui-login.mjs, which drives headless Chromium (Debian's chromium) through
 * the Keycloak sign-in of kam-web (authorization code with PKCE) and one "try it out" of
 * GET /api/accounts/me, and saves target/swagger-ui-login.png. Needs Node.js with npm and Chromium,
 * like the contract validators need Node.js; the script's own limits bound the run.
 */
class SwaggerUiLoginIT {

    private static final Path BROWSER = Path.of("browser");
    private static final Path SCREENSHOT = Path.of("target", "swagger-ui-login.png");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private record Run(boolean finished, int exitCode, String output) {
    }

    @Test
    void signingInThroughKeycloakLetsTryItOutAnswer200() throws Exception {
        if (!Files.isDirectory(BROWSER.resolve("node_modules"))) {
            // Exactly the versions of the lock file; --prefer-offline uses npm's cache when it has them.
            Run install = run(List.of("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund"), 180);
            assertThat(install.finished() && install.exitCode() == 0)
                    .as("npm ci in e2e-tests/browser:%n%s", install.output()).isTrue();
        }
        Files.deleteIfExists(SCREENSHOT);

        Run browser = run(List.of("node", "swagger-ui-login.mjs"), 240);

        // The script prints the browser's console, failed requests and error answers, then its outcome.
        assertThat(browser.finished()).as("the browser run ends within its limit:%n%s", browser.output()).isTrue();
        assertThat(browser.output()).as("what the browser saw")
                .contains("\"ok\":true", "\"status\":200", "\"shownStatus\":\"200\"", "\"username\":\"kate\"",
                        "\"bearerSent\":true");
        assertThat(browser.exitCode()).as("exit code of the browser run:%n%s", browser.output()).isZero();
        assertThat(SCREENSHOT).isRegularFile();
        assertThat(Files.size(SCREENSHOT)).as("screenshot size").isGreaterThan(20_000);
        try (InputStream in = Files.newInputStream(SCREENSHOT)) {
            assertThat(in.readNBytes(PNG_SIGNATURE.length)).as("a PNG file").containsExactly(PNG_SIGNATURE);
        }
    }

    private static Run run(List<String> command, long seconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile("swagger-ui-login", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(BROWSER.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("KAM_GATEWAY_URL", Suite.GATEWAY_URL);
            builder.environment().put("SCREENSHOT", SCREENSHOT.toAbsolutePath().toString());
            Process process = builder.start();
            boolean finished = process.waitFor(seconds, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            System.out.println(text);
            return new Run(finished, finished ? process.exitValue() : -1, text);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
