package io.atqb.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap figures read from a unified GC log ({@code -Xlog:gc:file=...:time,uptime,level,tags}): the largest heap
 * occupancy before a collection (the peak the heap reached), the largest occupancy after one (what stayed live), the
 * pauses and how many were full collections; optionally only for events inside a time window.
 *
 * @param peakBeforeMb  max heap used before a collection, MB
 * @param peakAfterMb   max heap used after a collection, MB
 * @param committedMb   max heap committed, MB
 * @param pauses        collections with a heap transition
 * @param fullPauses    of those, full collections
 * @param pauseMillis   their summed pause time, ms
 */
record GcLog(long peakBeforeMb, long peakAfterMb, long committedMb, int pauses, int fullPauses, double pauseMillis) {

    private static final Pattern EVENT = Pattern.compile(
            "^\\[([^\\]]+)\\].*?GC\\(\\d+\\) (Pause [^()]*?)(?: \\(.*\\))? (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)"
                    + " ([0-9.]+)ms");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    /** All collections in the log. */
    static GcLog read(Path file) {
        return read(file, Instant.MIN, Instant.MAX);
    }

    /** The collections between {@code from} and {@code to}. */
    static GcLog read(Path file, Instant from, Instant to) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the GC log " + file, e);
        }
        long before = 0;
        long after = 0;
        long committed = 0;
        int pauses = 0;
        int full = 0;
        double millis = 0;
        for (String line : lines) {
            Matcher event = EVENT.matcher(line);
            if (!event.find()) {
                continue;
            }
            Instant at = OffsetDateTime.parse(event.group(1), TIME).toInstant();
            if (at.isBefore(from) || at.isAfter(to)) {
                continue;
            }
            before = Math.max(before, megabytes(event.group(3), event.group(4)));
            after = Math.max(after, megabytes(event.group(5), event.group(6)));
            committed = Math.max(committed, megabytes(event.group(7), event.group(8)));
            pauses++;
            full += event.group(2).startsWith("Pause Full") ? 1 : 0;
            millis += Double.parseDouble(event.group(9));
        }
        return new GcLog(before, after, committed, pauses, full, millis);
    }

    private static long megabytes(String value, String unit) {
        long number = Long.parseLong(value);
        return switch (unit) {
            case "K" -> number / 1024;
            case "G" -> number * 1024;
            default -> number;
        };
    }
}
