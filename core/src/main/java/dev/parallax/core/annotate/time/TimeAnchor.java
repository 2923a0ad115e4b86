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
 * against: its publication date in the zone it was published in, or, for a text that states no
 * publication, a day of its news that the publication is on or after.
 *
 * @param date the publication day, local to {@code zone}, or the earliest it can be
 * @param zone the zone of publication, or null when unknown
 * @param earliest whether {@code date} is only the earliest the publication can be (a day the text
 *     names with its weekday, {@code WeekdayDates}); a bare weekday then is the such day nearest to it,
 *     whatever the tense, since the days a report names lie around its news
 */
public record TimeAnchor(LocalDate date, ZoneId zone, boolean earliest) {
    public TimeAnchor {
        Objects.requireNonNull(date, "date");
    }

    /** The anchor of a known publication date. */
    public TimeAnchor(LocalDate date, ZoneId zone) {
        this(date, zone, false);
    }

    /** The anchor of a text that states no publication: a day its news names, which it is published on or after. */
    public static TimeAnchor earliest(LocalDate date) {
        return new TimeAnchor(date, null, true);
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
