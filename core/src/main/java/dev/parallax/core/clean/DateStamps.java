package dev.parallax.core.clean;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of a stamp line such as "Updated: April 27, 2025 06:27 IST", "Published April
 * 28th 2025, 15:05 IST", "13 May, 2025", "date 2025-04-27" or "Published 3 June 2023 | Updated
 * 4 June 2023, 09:41 GMT": each date ({@link TextDates}) with the time written after it, and what
 * the words before it say it dates (publication or update). Values are ISO 8601 at the precision
 * the line gives: a date; a local date-time when a time but no known zone is written; a date-time
 * with offset when both are.
 */
final class DateStamps {
    private DateStamps() {}

    /** What a stamp's words say its date is. */
    enum Event { PUBLISHED, UPDATED, UNSTATED }

    /** One date of a stamp line: what it dates and its ISO 8601 value. */
    record Stamp(Event event, String value) {}

    /** A time right after a date: "06:27 IST", ", 09:41 GMT", "at 3:15 pm EDT", "08.00 BST", "09h41". */
    private static final Pattern TIME_AFTER = Pattern.compile(
            "^[\\s,|/–—-]*(?:at|um|à|a las|alle|às|kl\\.?|o)?\\s*(\\d{1,2})([:.h])(\\d{2})(?::(\\d{2}))?(?!\\d)"
                    + "\\s*(am|pm|a\\.m\\.|p\\.m\\.|ص|م)?\\s*\\(?([A-Z]{2,4}\\b)?", Pattern.CASE_INSENSITIVE);
    private static final int TIME_GAP = 12;
    /** A time anywhere in the line with a zone abbreviation (a stamp may give the time first). */
    private static final Pattern TIME_ZONE = Pattern.compile(
            "\\b(\\d{1,2}):(\\d{2})\\s*(am|pm)?\\s*\\(?([A-Z]{2,4})?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATE_WORDS = Pattern.compile(
            "updated|modified|edited|revised|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PUBLISH_WORDS = Pattern.compile(
            "published|posted|issued|filed|publié|veröffentlicht|publicado|publicada|pubblicato|gepubliceerd|erschienen",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
        return !TextDates.all(line, true, false).isEmpty();
    }

    /** The first date in the line as ISO 8601, with its time (and offset) when given. */
    static Optional<String> find(String line) {
        List<Stamp> stamps = stamps(line);
        return stamps.isEmpty() ? Optional.empty() : Optional.of(stamps.get(0).value());
    }

    /** Every date of the line in order, each with the event named by the last such word before it. */
    static List<Stamp> stamps(String line) {
        List<Stamp> out = new ArrayList<>();
        List<TextDates.Mention> mentions = TextDates.all(line, true, false);
        int from = 0;
        for (TextDates.Mention m : mentions) {
            String before = line.substring(from, m.start());
            out.add(new Stamp(event(before), value(line, m, mentions.size() == 1)));
            from = m.end();
        }
        return out;
    }

    /** What the words before a date say it dates: the last publication or update word among them. */
    static Event event(String words) {
        int updated = last(UPDATE_WORDS.matcher(words));
        int published = last(PUBLISH_WORDS.matcher(words));
        if (updated < 0 && published < 0) {
            return Event.UNSTATED;
        }
        return updated > published ? Event.UPDATED : Event.PUBLISHED;
    }

    private static int last(Matcher m) {
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }

    /** The date with the time right after it; a lone date of the line may take a zoned time from anywhere in it. */
    private static String value(String line, TextDates.Mention m, boolean alone) {
        LocalDate date = m.date();
        Matcher t = TIME_AFTER.matcher(line).region(m.end(), line.length());
        if (t.lookingAt() && t.start(1) - m.end() <= TIME_GAP) {
            ZoneOffset zone = t.group(6) == null ? null : ZONES.get(t.group(6).toUpperCase(Locale.ROOT));
            boolean dotted = !t.group(2).equals(":");
            Optional<LocalTime> time = time(t.group(1), t.group(3), t.group(4), t.group(5));
            if (time.isPresent() && (!t.group(2).equals(".") || zone != null || t.group(5) != null)) {
                return zone == null ? date.atTime(time.get()).toString()
                        : date.atTime(time.get()).atOffset(zone).toString();
            }
            if (dotted) {
                return date.toString();
            }
        }
        if (alone) {
            Matcher z = TIME_ZONE.matcher(line);
            while (z.find()) {
                ZoneOffset zone = z.group(4) == null ? null : ZONES.get(z.group(4).toUpperCase(Locale.ROOT));
                Optional<LocalTime> time = time(z.group(1), z.group(2), null, z.group(3));
                if (zone != null && time.isPresent()) {
                    return date.atTime(time.get()).atOffset(zone).toString();
                }
            }
        }
        return date.toString();
    }

    private static Optional<LocalTime> time(String hours, String minutes, String seconds, String ampm) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        int s = seconds == null ? 0 : Integer.parseInt(seconds);
        if (ampm != null) {
            if (h < 1 || h > 12) {
                return Optional.empty();
            }
            // "م" (evening) and "ص" (morning) are the Arabic pm and am
            h = h % 12 + (ampm.toLowerCase(Locale.ROOT).startsWith("p") || ampm.equals("م") ? 12 : 0);
        }
        return h < 24 && m < 60 && s < 60 ? Optional.of(LocalTime.of(h, m, s)) : Optional.empty();
    }
}
