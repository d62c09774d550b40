package dev.kam.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI through the gateway in a real browser: runs e2e-tests/browser/swagger-ui-login.mjs, which
 * drives headless Chromium (Debian's chromium) through the Keycloak sign-in of kam-web (authorization
 * code with PKCE) and one "try it out" of GET /api/accounts/me, and saves target/swagger-ui-login.png.
 */
class SwaggerUiLoginIT {

    private static final Path BROWSER = Path.of("browser");
    private static final Path SCREENSHOT = Path.of("target", "swagger-ui-login.png");

    @Test
    void signingInThroughKeycloakLetsTryItOutAnswer200() throws Exception {
        if (!Files.isDirectory(BROWSER.resolve("node_modules"))) {
            assertThat(run(120, "npm", "ci", "--no-audit", "--no-fund")).as("npm ci in e2e-tests/browser").isZero();
        }
        Files.deleteIfExists(SCREENSHOT);
        Path output = Files.createTempFile("swagger-ui-login", ".json");
        ProcessBuilder node = new ProcessBuilder("node", "swagger-ui-login.mjs").directory(BROWSER.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        node.environment().put("KAM_GATEWAY_URL", Suite.GATEWAY_URL);
        node.environment().put("SCREENSHOT", SCREENSHOT.toAbsolutePath().toString());
        Process process = node.start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        String outcome = Files.readString(output, StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("the browser run ends: %s", outcome).isTrue();
        assertThat(outcome).as("what the browser saw").contains("\"ok\":true", "\"status\":200", "\"username\":\"kate\"",
                "\"bearerSent\":true");
        assertThat(process.exitValue()).isZero();
        assertThat(SCREENSHOT).isNotEmptyFile();
    }

    private static int run(long seconds, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(BROWSER.toFile()).inheritIO().start();
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
