package dev.kam.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the contract validators of tools/contract-lint (the official AsyncAPI parser, Redocly CLI)
 * on Node.js, installing them from the lock file on first use.
 */
public final class ContractLint {

    private ContractLint() {
    }

    /** The outcome of one validator run. */
    public record Result(int exitCode, String output) {
        public boolean passed() {
            return exitCode == 0;
        }
    }

    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("tools/contract-lint/package.json"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("tools/contract-lint not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    public static Result validateAsyncApi(Path document) {
        return run(List.of("node", "validate-asyncapi.mjs", document.toAbsolutePath().toString()));
    }

    public static Result lintOpenApi(Path document) {
        return run(List.of("node", "node_modules/@redocly/cli/bin/cli.js", "lint", "--config", "redocly.yaml",
                "--format", "stylish", document.toAbsolutePath().toString()));
    }

    private static synchronized Result run(List<String> command) {
        Path tools = repositoryRoot().resolve("tools/contract-lint");
        if (!Files.isDirectory(tools.resolve("node_modules"))) {
            Result install = exec(tools, List.of("npm", "ci", "--no-audit", "--no-fund"));
            if (!install.passed()) {
                throw new IllegalStateException("npm ci failed in " + tools + ":\n" + install.output());
            }
        }
        return exec(tools, command);
    }

    private static Result exec(Path dir, List<String> command) {
        try {
            Path log = Files.createTempFile("contract-lint", ".log");
            Process process = new ProcessBuilder(new ArrayList<>(command))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + command);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command + " (is Node.js on the PATH?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
