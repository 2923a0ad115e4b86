package dev.parallax.core.annotate.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English names of weekdays and months as news writes them ("Saturday", "Sat.", "Sept.", "Oct"). */
final class CalendarNames {
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\\b\\.?");
    private static final Pattern MONTH = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\\b\\.?");
    /** A year in figures ("1997", "'97"), in words ("nineteen ninety-seven", as transcripts write it) or the word "year". */
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b|\\byear|\\b(?:nineteen|eighteen)\\s+(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\b");

    private CalendarNames() {}

    static Optional<DayOfWeek> weekday(String text) {
        Matcher m = WEEKDAY.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(switch (m.group(1)) {
            case "mon" -> DayOfWeek.MONDAY;
            case "tue", "tues" -> DayOfWeek.TUESDAY;
            case "wed" -> DayOfWeek.WEDNESDAY;
            case "thu", "thur", "thurs" -> DayOfWeek.THURSDAY;
            case "fri" -> DayOfWeek.FRIDAY;
            case "sat" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        });
    }

    static Optional<Month> month(String text) {
        Matcher m = MONTH.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            // "may" alone is a month only when written "May"; "Mar" and "Sun" likewise need their capital.
            if (!Character.isUpperCase(text.charAt(m.start()))) {
                continue;
            }
            return Optional.of(switch (m.group(1)) {
                case "jan" -> Month.JANUARY;
                case "feb" -> Month.FEBRUARY;
                case "mar" -> Month.MARCH;
                case "apr" -> Month.APRIL;
                case "may" -> Month.MAY;
                case "jun" -> Month.JUNE;
                case "jul" -> Month.JULY;
                case "aug" -> Month.AUGUST;
                case "sep", "sept" -> Month.SEPTEMBER;
                case "oct" -> Month.OCTOBER;
                case "nov" -> Month.NOVEMBER;
                default -> Month.DECEMBER;
            });
        }
        return Optional.empty();
    }

    /** True when the text names its year ("1998", "'98", "last year"). */
    static boolean namesYear(String text) {
        return YEAR.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** True when the text holds a number that could be a day of the month. */
    static boolean hasDayNumber(String text) {
        return DAY_OF_MONTH.matcher(text).find();
    }
}
