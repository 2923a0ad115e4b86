package dev.parallax.core.clean;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Normalises machine-readable dates from page metadata to ISO 8601 (date-time with offset, or date). */
final class IsoDates {
    private IsoDates() {}

    static Optional<String> normalize(String raw) {
        String s = raw.strip();
        try {
            return Optional.of(OffsetDateTime.parse(s).toString());
        } catch (DateTimeParseException e) {
            // not a full date-time with offset: fall through to the date part
        }
        if (s.length() >= 10) {
            try {
                return Optional.of(LocalDate.parse(s.substring(0, 10)).toString());
            } catch (DateTimeParseException e) {
                // not ISO at all: try the human forms
            }
        }
        return DateStamps.find(s);
    }
}
