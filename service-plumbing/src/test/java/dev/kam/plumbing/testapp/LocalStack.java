package dev.kam.plumbing.testapp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Stops and starts parts of the local stack through the project's launcher, like an outage would. */
public final class LocalStack {

    private LocalStack() {
    }

    public static void stop(String part) {
        kam("infra", "stop", part);
    }

    public static void start(String part) {
        kam("infra", "start", part);
    }

    private static void kam(String... args) {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isExecutable(root.resolve("kam"))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IllegalStateException("The kam launcher was not found above " + Path.of("").toAbsolutePath());
        }
        String[] command = new String[args.length + 1];
        command[0] = root.resolve("kam").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process process = new ProcessBuilder(command).directory(root.toFile()).inheritIO().start();
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("kam " + String.join(" ", args) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
