package io.atqb.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * When the service logged the phases of an inventory sync run: armed, Autotask snapshot complete, planned,
 * complete, working rows removed (Spring Boot's default log lines start with an ISO-8601 time stamp).
 */
final class ServiceLogPhases {

    /** Phase name -> the text its log line contains. */
    static final Map<String, String> PHASES = phases();

    private ServiceLogPhases() {
    }

    private static Map<String, String> phases() {
        Map<String, String> phases = new LinkedHashMap<>();
        phases.put("armed", "armed for connector");
        phases.put("snapshot", "Autotask snapshot complete");
        phases.put("planned", "is planned");
        phases.put("complete", "complete. Inventory sync");
        phases.put("working rows removed", ROWS_REMOVED);
        return phases;
    }

    /** What the service logs when a finished run's working rows are gone (in the background, after the session). */
    static final String ROWS_REMOVED = ": working rows removed";

    /** How many lines of the log contain this text. */
    static long count(Path serviceLog, String text) {
        try (Stream<String> lines = Files.lines(serviceLog, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(text)).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the service log " + serviceLog, e);
        }
    }

    /** Phase -> the time of its first log line (phases not found are left out). */
    static Map<String, Instant> read(Path serviceLog) {
        List<String> lines;
        try {
            lines = Files.readAllLines(serviceLog, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the service log " + serviceLog, e);
        }
        Map<String, Instant> found = new LinkedHashMap<>();
        for (String line : lines) {
            for (Map.Entry<String, String> phase : PHASES.entrySet()) {
                if (!found.containsKey(phase.getKey()) && line.contains(phase.getValue())) {
                    Instant at = timestamp(line);
                    if (at != null) {
                        found.put(phase.getKey(), at);
                    }
                }
            }
        }
        return found;
    }

    private static Instant timestamp(String line) {
        int end = line.indexOf(' ');
        if (end < 0) {
            return null;
        }
        try {
            return OffsetDateTime.parse(line.substring(0, end)).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
