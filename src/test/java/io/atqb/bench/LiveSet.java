package io.atqb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private LiveSet() {
    }

    /** The live bytes of process {@code pid}, or -1 when jcmd could not tell; its output is kept in {@code output}. */
    static long of(long pid, Path output) {
        if (!JcmdDiagnostics.jcmd(pid, output, "GC.class_histogram")) {
            return -1;
        }
        try {
            return totalBytes(Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
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
