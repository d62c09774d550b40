package dev.kam.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory of a JVM kam started, measured from outside: its live heap (used right after a full GC that
 * jcmd asks for, so garbage not yet collected does not count) and its RSS from /proc. The soak (R7)
 * compares these over time; a leak shows as live heap or RSS that keeps growing.
 */
final class JvmMemory {

    /** One measurement of one part; sizes in KiB. */
    record Sample(String part, long pid, long liveHeapKb, long committedHeapKb, long rssKb) {
    }

    private static final String JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    // "def new generation   total 9920K, used 3659K [...]", "tenured generation ...", "garbage-first heap ..."
    private static final Pattern GENERATION = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern VM_RSS = Pattern.compile("(?m)^VmRSS:\\s+(\\d+) kB");

    private JvmMemory() {
    }

    /** Full GC, then the heap's figures, then RSS: one jcmd run (-f reads both commands from a file). */
    static Sample of(String part) {
        long pid = KamCommand.pidOf(part)
                .orElseThrow(() -> new IllegalStateException(part + " has no PID file: not started by kam"));
        String heapInfo = jcmd(pid, "GC.run", "GC.heap_info");
        long used = 0;
        long committed = 0;
        for (String line : heapInfo.split("\n")) {
            Matcher generation = GENERATION.matcher(line);
            if (generation.find() && !line.contains("Metaspace") && !line.contains("class space")) {
                committed += Long.parseLong(generation.group(1));
                used += Long.parseLong(generation.group(2));
            }
        }
        if (committed == 0) {
            throw new IllegalStateException(part + ": no heap figures in jcmd's answer:\n" + heapInfo);
        }
        return new Sample(part, pid, used, committed, rssKb(pid));
    }

    /** The class histogram (live objects, after a full GC) of a part: where to look when its heap grows. */
    static String classHistogram(String part, int lines) {
        long pid = KamCommand.pidOf(part).orElseThrow();
        String[] histogram = jcmd(pid, "GC.class_histogram").split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(histogram, 0, Math.min(lines, histogram.length)));
    }

    static long rssKb(long pid) {
        try {
            Matcher rss = VM_RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status"),
                    StandardCharsets.UTF_8));
            if (!rss.find()) {
                throw new IllegalStateException("no VmRSS for pid " + pid);
            }
            return Long.parseLong(rss.group(1));
        } catch (IOException e) {
            throw new IllegalStateException("pid " + pid + " is not running", e);
        }
    }

    private static String jcmd(long pid, String... commands) {
        Path file = null;
        try {
            file = Files.createTempFile("kam-jcmd", ".txt");
            Files.writeString(file, String.join("\n", commands) + "\n", StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(JCMD, Long.toString(pid), "-f", file.toString())
                    .redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + String.join(", ", commands) + " failed: "
                        + new String(output, StandardCharsets.UTF_8));
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("jcmd could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while jcmd ran", e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }
}
