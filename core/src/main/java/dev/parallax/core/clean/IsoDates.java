package dev.parallax.core.clean;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises dates from page metadata to ISO 8601 at the precision the value gives: a date-time
 * with offset when it has both, a local date-time when it has a time but no zone, else a date. Reads ISO forms (offsets with or without colon, space for {@code T}),
 * compact {@code 20200512}, Unix seconds or milliseconds (as UTC), and the human forms of
 * {@link DateStamps} and {@link TextDates}.
 */
final class IsoDates {
    private IsoDates() {}

    private static final Pattern ISO_DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?(\\.\\d{1,9})?\\s*(Z|[+-]\\d{2}:?\\d{2})?.*");
    private static final Pattern COMPACT = Pattern.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:\\D.*)?");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

    static Optional<String> normalize(String raw) {
        String s = AsciiDigits.of(raw.strip());
        Matcher m = ISO_DATE_TIME.matcher(s);
        if (m.matches()) {
            return dateTime(m);
        }
        if (s.length() >= 10) {
            try {
                return Optional.of(LocalDate.parse(s.substring(0, 10)).toString());
            } catch (DateTimeParseException e) {
                // not ISO: try the other forms
            }
        }
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            Instant t = s.length() == 10 ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
            return Optional.of(t.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        Matcher c = COMPACT.matcher(s);
        if (c.matches()) {
            return TextDates.date(c.group(1), c.group(2), c.group(3)).map(LocalDate::toString);
        }
        return DateStamps.find(s).or(() -> TextDates.first(s, false, false).map(LocalDate::toString));
    }

    /**
     * The date-time with its offset when it has one (the day as the page wrote it), else the local
     * date-time (the zone is not known); hours, minutes and seconds written with one digit are
     * read too ("23:15:0Z"). An impossible time keeps the date alone.
     */
    private static Optional<String> dateTime(Matcher m) {
        LocalDate day;
        try {
            day = LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group(2));
        int min = Integer.parseInt(m.group(3));
        int sec = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (h > 23 || min > 59 || sec > 59) {
            return Optional.of(day.toString());
        }
        String time = String.format(Locale.ROOT, "%02d:%02d", h, min)
                + (m.group(4) == null && m.group(5) == null ? "" : String.format(Locale.ROOT, ":%02d", sec))
                + (m.group(5) == null ? "" : m.group(5));
        if (m.group(6) == null) {
            return Optional.of(LocalDateTime.parse(day + "T" + time).toString());
        }
        String offset = m.group(6).length() == 5 ? m.group(6).substring(0, 3) + ":" + m.group(6).substring(3)
                : m.group(6);
        try {
            return Optional.of(OffsetDateTime.parse(day + "T" + time + offset).toString());
        } catch (DateTimeParseException e) {
            return Optional.of(LocalDateTime.parse(day + "T" + time).toString()); // an impossible offset
        }
    }
}
