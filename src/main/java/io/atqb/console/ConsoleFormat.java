package io.atqb.console;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** How the pages write times and durations (UTC, to the second); templates call it as {@code @consoleFormat}. */
@Component("consoleFormat")
public class ConsoleFormat {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The instant as "2026-03-02 10:00:00 UTC", or a dash. */
    public String at(Instant instant) {
        return instant == null ? "—" : AT.format(instant);
    }

    /** The time from start to end ("2 min 5 s"); a dash while there is no end. */
    public String duration(Instant start, Instant end) {
        if (start == null || end == null) {
            return "—";
        }
        return span(Duration.between(start, end));
    }

    /** A duration in its two largest units: "3 d 4 h", "2 h 5 min", "4 min 0 s", "12 s", "250 ms". */
    public static String span(Duration duration) {
        Duration d = duration.isNegative() ? Duration.ZERO : duration;
        if (d.toDays() > 0) {
            return d.toDays() + " d " + d.toHoursPart() + " h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        if (d.toMinutes() > 0) {
            return d.toMinutes() + " min " + d.toSecondsPart() + " s";
        }
        if (d.getSeconds() > 0) {
            return d.getSeconds() + " s";
        }
        return d.toMillis() + " ms";
    }
}
