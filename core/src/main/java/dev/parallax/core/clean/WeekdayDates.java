package dev.parallax.core.clean;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a text without a publication date was most likely written around, from the full dates it
 * gives together with their weekday ("Tuesday, Feb. 6, 2018", "Wednesday, November 21, 2018").
 * News style names the weekday only for days within a week of publication (the AP Stylebook's rule;
 * photo captions name the day a picture was taken), so the latest such date is a day of the news,
 * good enough to read "on Wednesday" or "last week" against. A weekday that does not fall on its
 * date, and a date in a line about a file or archive photo ("FILE – In this Tuesday, Feb. 6, 2018
 * file photo"), say nothing of when the text was written and are passed over. A weekday and a day
 * of a month without the year ("died on Wednesday, November 21") give it when one year only, from
 * the year before the latest the text names to the year after, has that day on that weekday.
 */
public final class WeekdayDates {
    private WeekdayDates() {}

    /** A weekday's name or abbreviation and what may stand between it and the date: "Tuesday, ", "Wed. the ". */
    private static final String WEEKDAY = "(?<!\\p{L})(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?";
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?i)" + WEEKDAY + "\\s*(?:the\\s+)?$");
    private static final Pattern FILE_PHOTO = Pattern.compile("(?i)(?<!\\p{L})(?:file|archive)(?:\\s+(?:photo|image|picture))?(?!\\p{L})");
    private static final int LOOK_BACK = 16;
    private static final Pattern YEARLESS = Pattern.compile(
            "(?iu)" + WEEKDAY + "\\s+(?:the\\s+)?("
                    + MonthNames.ALTERNATION + ")(?!\\p{L})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?!,?\\s*(?:19|20)\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/-])(?:19|20)\\d{2}(?!\\d)");

    /** The latest full date that the text gives with its weekday, outside file photos; empty when none. */
    public static Optional<LocalDate> latest(String text) {
        List<LocalDate> dates = yearless(text);
        for (TextDates.Mention m : TextDates.all(text, true, false)) {
            Matcher w = WEEKDAY_BEFORE.matcher(text.substring(Math.max(0, m.start() - LOOK_BACK), m.start()));
            if (w.find() && m.date().getDayOfWeek() == weekday(w.group(1)) && !aboutAFilePhoto(text, m.start(), m.end())) {
                dates.add(m.date());
            }
        }
        return dates.stream().max(LocalDate::compareTo);
    }

    /** The dates of "Wednesday, November 21" whose year the latest year the text names settles. */
    private static List<LocalDate> yearless(String text) {
        List<LocalDate> out = new ArrayList<>();
        Matcher m = YEARLESS.matcher(text);
        int latestYear = -1;
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            latestYear = Math.max(latestYear, Integer.parseInt(y.group()));
        }
        while (latestYear > 0 && m.find()) {
            if (aboutAFilePhoto(text, m.start(), m.end())) {
                continue;
            }
            int month = MonthNames.number(m.group(2)).orElse(0);
            int day = Integer.parseInt(m.group(3));
            LocalDate only = null;
            int matches = 0;
            for (int year = latestYear - 1; year <= latestYear + 1; year++) {
                try {
                    LocalDate d = LocalDate.of(year, month, day);
                    if (d.getDayOfWeek() == weekday(m.group(1))) {
                        only = d;
                        matches++;
                    }
                } catch (DateTimeException notADay) {
                    // "February 30": no date
                }
            }
            if (matches == 1) {
                out.add(only);
            }
        }
        return out;
    }

    private static DayOfWeek weekday(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT).substring(0, 2);
        return switch (p) {
            case "mo" -> DayOfWeek.MONDAY;
            case "tu" -> DayOfWeek.TUESDAY;
            case "we" -> DayOfWeek.WEDNESDAY;
            case "th" -> DayOfWeek.THURSDAY;
            case "fr" -> DayOfWeek.FRIDAY;
            case "sa" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    private static boolean aboutAFilePhoto(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start) + 1;
        int lineEnd = text.indexOf('\n', end);
        return FILE_PHOTO.matcher(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd)).find();
    }
}
