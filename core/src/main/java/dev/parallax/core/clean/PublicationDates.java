package dev.parallax.core.clean;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When an article says it was published and last updated, as ISO 8601 strings at the precision
 * the source gives (see {@link #precision(String)}); either is null when not stated.
 *
 * @param published the first publication ("First published …", "Posted …", or a stamp without a word)
 * @param updated the latest update stated ("Updated: …", "Last updated …")
 */
public record PublicationDates(String published, String updated) {

    static final PublicationDates NONE = new PublicationDates(null, null);

    /** How much of a date-time a value states. */
    public enum Precision { DAY, MINUTE, SECOND }

    /** The precision of an ISO 8601 value: {@code 2024-03-12} a day, {@code 2024-03-12T09:41Z} a minute. */
    public static Precision precision(String iso) {
        if (iso.length() <= 10) {
            return Precision.DAY;
        }
        // yyyy-mm-ddThh:mm then, for seconds, ":ss"
        return iso.length() > 16 && iso.charAt(16) == ':' ? Precision.SECOND : Precision.MINUTE;
    }

    /** Whether the value states its offset from UTC (a time zone), not only a local time or a day. */
    public static boolean zoned(String iso) {
        return iso.length() > 10 && (iso.endsWith("Z") || iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10);
    }

    /**
     * Whether {@code a} is certainly before {@code b}: two instants with offsets are compared as
     * instants; otherwise an earlier day is earlier, and on the same day two written times are
     * compared as written; a day against a time of that day cannot be ordered (false). Values
     * that are not ISO 8601 cannot be ordered either.
     */
    public static boolean before(String a, String b) {
        if (zoned(a) && zoned(b)) {
            Optional<OffsetDateTime> x = offset(a);
            Optional<OffsetDateTime> y = offset(b);
            if (x.isPresent() && y.isPresent()) {
                return x.get().isBefore(y.get());
            }
        }
        Optional<LocalDate> dayA = PageDates.day(a);
        Optional<LocalDate> dayB = PageDates.day(b);
        if (dayA.isEmpty() || dayB.isEmpty()) {
            return false;
        }
        if (!dayA.get().equals(dayB.get())) {
            return dayA.get().isBefore(dayB.get());
        }
        Optional<LocalDateTime> x = local(a);
        Optional<LocalDateTime> y = local(b);
        return x.isPresent() && y.isPresent() && x.get().isBefore(y.get());
    }

    private static Optional<OffsetDateTime> offset(String iso) {
        try {
            return Optional.of(OffsetDateTime.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The date-time as written, its offset ignored; empty for a bare day. */
    private static Optional<LocalDateTime> local(String iso) {
        if (iso.length() <= 10) {
            return Optional.empty();
        }
        Optional<OffsetDateTime> o = offset(iso);
        if (o.isPresent()) {
            return Optional.of(o.get().toLocalDateTime());
        }
        try {
            return Optional.of(LocalDateTime.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
