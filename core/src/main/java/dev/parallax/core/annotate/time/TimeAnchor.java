package dev.parallax.core.annotate.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The moment an article's relative time expressions ("on Saturday", "last year") are read
 * against: its publication date in the zone it was published in.
 *
 * @param date the publication day, local to {@code zone}
 * @param zone the zone of publication, or null when unknown
 */
public record TimeAnchor(LocalDate date, ZoneId zone) {
    public TimeAnchor {
        Objects.requireNonNull(date, "date");
    }

    /**
     * The anchor of an ISO 8601 publication date or date-time ({@code 2025-04-27},
     * {@code 2025-04-27T01:30:00Z}). A date-time with an offset is moved into {@code zone} when
     * one is given, so that "today" is the reader's day where the article was published; a
     * local date-time or a date is taken as it is. Empty when {@code published} is null or not
     * ISO 8601.
     */
    public static Optional<TimeAnchor> parse(String published, ZoneId zone) {
        if (published == null || published.isBlank()) {
            return Optional.empty();
        }
        String s = published.strip();
        try {
            if (s.length() == 10) {
                return Optional.of(new TimeAnchor(LocalDate.parse(s), zone));
            }
            try {
                OffsetDateTime odt = OffsetDateTime.parse(s);
                ZonedDateTime local = zone == null ? odt.toZonedDateTime() : odt.atZoneSameInstant(zone);
                return Optional.of(new TimeAnchor(local.toLocalDate(), zone == null ? odt.getOffset() : zone));
            } catch (DateTimeException offsetMissing) {
                return Optional.of(new TimeAnchor(LocalDateTime.parse(s).toLocalDate(), zone));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
