package io.atqb.sandbox.autotask;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Date-time text as the Autotask REST API reads and writes it (UTC, {@code yyyy-MM-ddTHH:mm:ss.SSS}, optional zone). */
final class SandboxDates {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private SandboxDates() {
    }

    static String format(Instant instant) {
        return WRITE.format(instant);
    }

    /** Parses with or without offset; text without one is taken as UTC. */
    static Instant parse(String text) {
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                if (trimmed.length() == 10) {
                    return LocalDateTime.parse(trimmed + "T00:00:00").toInstant(ZoneOffset.UTC);
                }
                throw e;
            }
        }
    }
}
