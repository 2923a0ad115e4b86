package dev.parallax.core.clean;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the first date ({@link TextDates}) and the time with zone, when given, out of a stamp line such as
 * "Updated: April 27, 2025 06:27 IST", "Published April 28th 2025, 15:05 IST", "13 May, 2025" or
 * "date 2025-04-27", and writes it as ISO 8601: a date, or a date-time with offset when both the
 * time and a known zone are stated.
 */
final class DateStamps {
    private DateStamps() {}

    private static final Pattern TIME_ZONE = Pattern.compile(
            "\\b(\\d{1,2}):(\\d{2})\\s*(am|pm)?\\s*\\(?([A-Z]{2,4})?\\b", Pattern.CASE_INSENSITIVE);

    /** Common zone abbreviations in news stamps; ambiguous ones take their most frequent news use. */
    private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("MSK", ZoneOffset.ofHours(3)),
            Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("PKT", ZoneOffset.ofHours(5)),
            Map.entry("SGT", ZoneOffset.ofHours(8)), Map.entry("HKT", ZoneOffset.ofHours(8)),
            Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)));

    static boolean containsDate(String line) {
        return find(line).isPresent();
    }

    /** The first date in the line as ISO 8601, with time and offset when both are given. */
    static Optional<String> find(String line) {
        Optional<LocalDate> date = firstDate(line);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        Matcher t = TIME_ZONE.matcher(line);
        while (t.find()) {
            ZoneOffset zone = t.group(4) == null ? null : ZONES.get(t.group(4).toUpperCase(Locale.ROOT));
            Optional<LocalTime> time = time(t);
            if (zone != null && time.isPresent()) {
                return Optional.of(date.get().atTime(time.get()).atOffset(zone).toString());
            }
        }
        return Optional.of(date.get().toString());
    }

    private static Optional<LocalTime> time(Matcher t) {
        int h = Integer.parseInt(t.group(1));
        int m = Integer.parseInt(t.group(2));
        String ampm = t.group(3);
        if (ampm != null) {
            h = h % 12 + (ampm.equalsIgnoreCase("pm") ? 12 : 0);
        }
        return h < 24 && m < 60 ? Optional.of(LocalTime.of(h, m)) : Optional.empty();
    }

    private static Optional<LocalDate> firstDate(String line) {
        return TextDates.first(line, true, false);
    }
}
