package dev.kam.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The outage tests' hands on the stack: {@code ./kam infra stop|start <part>}, {@code ./kam stop|start <part>}
 * (services too, without kam's lock, which {@code ./kam test} holds) and a part's PID from its PID file.
 */
final class KamCommand {

    static final Path KAM = Path.of("..", "kam").toAbsolutePath().normalize();
    /** Where kam keeps the PID files: this clone's, unless the suite under test runs from another clone. */
    private static final Path RUN = Path.of(Suite.setting("kam.run.dir", "KAM_RUN_DIR",
            KAM.getParent().resolve("infra/.work/run").toString()));

    private KamCommand() {
    }

    /** Runs {@code ./kam <args>} in the clone's root; fails the test unless it exits 0 within 3 minutes. */
    static void kam(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = KAM.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process process = new ProcessBuilder(command).directory(KAM.getParent().toFile()).inheritIO().start();
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("./kam " + String.join(" ", args)).isTrue();
            assertThat(process.exitValue()).as("./kam " + String.join(" ", args)).isZero();
        } catch (IOException e) {
            throw new IllegalStateException("./kam " + String.join(" ", args) + " could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ./kam " + String.join(" ", args) + " ran", e);
        }
    }

    /** The PID kam recorded for a part it started, if its file is there. */
    static Optional<Long> pidOf(String part) {
        Path file = RUN.resolve(part + ".pid");
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip()))
                    : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** SIGKILL to the part's process (kam starts each part as its own process, the JVM itself). */
    static void kill(String part) {
        long pid = pidOf(part).orElseThrow(() -> new IllegalStateException(part + " has no PID file: not started by kam"));
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException(part + " (pid " + pid + ") is not running"));
        assertThat(process.info().commandLine().orElse("")).as("pid %d is %s", pid, part)
                .contains("-Dkam.part=" + part);
        assertThat(process.destroyForcibly()).as("SIGKILL to " + part).isTrue();
        process.onExit().orTimeout(10, TimeUnit.SECONDS).join();
    }
}
