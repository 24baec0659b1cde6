package io.atqb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's live set: the bytes of the objects still reachable after a full collection, from
 * {@code jcmd <pid> GC.class_histogram} (which collects first and counts only live objects; its last line is
 * {@code Total <instances> <bytes>}). Taken once after a sync, when its CPU has been read, since the full collection
 * costs CPU itself.
 */
final class LiveSet {

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
    private static final long JCMD_BOUND_SECONDS = 120;

    private LiveSet() {
    }

    /** The live bytes of process {@code pid}, or -1 when jcmd could not tell; its output is kept in {@code output}. */
    static long of(long pid, Path output) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(JCMD_BOUND_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return totalBytes(java.nio.file.Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The bytes on the histogram's Total line, or -1 when it has none. */
    static long totalBytes(String histogram) {
        Matcher total = TOTAL.matcher(histogram);
        return total.find() ? Long.parseLong(total.group(2)) : -1;
    }

    /** Bytes as whole MB (MiB), -1 staying -1. */
    static long mb(long bytes) {
        return bytes < 0 ? -1 : Math.round(bytes / 1_048_576.0);
    }
}
