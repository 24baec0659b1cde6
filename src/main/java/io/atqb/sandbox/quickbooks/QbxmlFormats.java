package io.atqb.sandbox.quickbooks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** How QuickBooks writes and reads dates, times, amounts and quantities in qbXML. */
final class QbxmlFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private QbxmlFormats() {
    }

    /** DATETIMETYPE as QuickBooks writes it, e.g. {@code 2025-06-03T10:15:02-05:00}. */
    static String dateTime(OffsetDateTime time) {
        return DATE_TIME.format(time);
    }

    /** DATETYPE, e.g. {@code 2025-06-03}. */
    static String date(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /** QUANTYPE without needless zeros: {@code 42}, {@code 2.5}, {@code -3}. */
    static String quantity(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    /** AMTTYPE / PRICETYPE with at least two decimals: {@code 19.95}, {@code 0.00}. */
    static String amount(BigDecimal amount) {
        return amount.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
                : amount.toPlainString();
    }

    /** A DATETIMETYPE filter value: with offset, local (read in {@code zone}) or a plain date (start of day). */
    static Optional<OffsetDateTime> parseDateTime(String text, ZoneId zone) {
        String value = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(value).atZone(zone).toOffsetDateTime());
            } catch (DateTimeParseException notLocal) {
                return parseDate(value).map(date -> date.atStartOfDay(zone).toOffsetDateTime());
            }
        }
    }

    /** A DATETYPE value {@code YYYY-MM-DD}. */
    static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
