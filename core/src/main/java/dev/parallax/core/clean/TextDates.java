package dev.parallax.core.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written for people in free text, in many languages' forms: ISO-like
 * year-first numbers (2020-05-12, 2020/05/12, 2020. 05. 12.), CJK (2020年5月12日, 2020년 5월 12일),
 * day-first numbers (12.05.2020, 12/05/2020), month names before or after the day
 * (12 May 2020, May 12, 2020, 12 de mayo de 2020, 12. Mai 2020, 2020. május 12.). Slashed numbers
 * whose order the numbers leave open are read month-first only when asked (US English pages).
 */
final class TextDates {
    private TextDates() {}

    /** A date and where its mention starts and ends in the text. */
    record Mention(LocalDate date, int start, int end) {}

    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String MONTH = "(" + MonthNames.ALTERNATION + ")";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern YMD_NUMBERS = Pattern.compile(
            "(?<![\\d.,/-])" + YEAR + "\\s?([-/.])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{1,2})(?![\\d/-]|\\.\\d)");
    private static final Pattern CJK = Pattern.compile(
            "(?<!\\d)" + YEAR + "\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
    private static final Pattern DMY_NUMBERS = Pattern.compile(
            "(?<![\\d.,/-])(\\d{1,2})\\s?([-/.])\\s?(\\d{1,2})\\s?\\2\\s?" + YEAR + "(?![\\d/-]|\\.\\d)");
    private static final Pattern DMY_SHORT = Pattern.compile(
            "(?<![\\d.,/-])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d/-]|\\.\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?"
            + "[\\s\\u00a0]*(?:de\\s+|of\\s+|-)?" + MONTH + "(?!\\p{L})\\.?(?:\\s*/\\s*\\p{L}+)?[\\s\\u00a0,-]*(?:de\\s+|del\\s+)?"
            + YEAR + "(?!\\d)", FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile("(?<!\\p{L})" + MONTH + "(?!\\p{L})\\.?[\\s\\u00a0]*"
            + "(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)\\.?[\\s\\u00a0]*,?[\\s\\u00a0]*" + YEAR + "(?!\\d)", FLAGS);
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?<!\\d)" + YEAR + "\\.?[\\s\\u00a0]+" + MONTH
            + "(?!\\p{L})\\.?[\\s\\u00a0]+(\\d{1,2})(?!\\d)", FLAGS);

    /** Every date in the text, in order of position; two-digit years only when {@code shortYears}. */
    static List<Mention> all(String text, boolean monthFirst, boolean shortYears) {
        String s = AsciiDigits.of(text);
        List<Mention> found = new ArrayList<>();
        numeric(s, YMD_NUMBERS, found, m -> date(m.group(1), m.group(3), m.group(4)));
        numeric(s, CJK, found, m -> date(m.group(1), m.group(2), m.group(3)));
        numeric(s, DMY_NUMBERS, found, m -> dayFirst(m.group(1), m.group(3), m.group(4), m.group(2), monthFirst));
        if (shortYears) {
            numeric(s, DMY_SHORT, found, m -> date("20" + m.group(3), m.group(2), m.group(1)));
        }
        numeric(s, DAY_MONTH, found, m -> named(m.group(3), m.group(2), m.group(1)));
        numeric(s, MONTH_DAY, found, m -> named(m.group(3), m.group(1), m.group(2)));
        numeric(s, YEAR_MONTH_DAY, found, m -> named(m.group(1), m.group(2), m.group(3)));
        found.sort(Comparator.comparingInt(Mention::start));
        return dropOverlaps(found);
    }

    /** The first date in the text. */
    static Optional<LocalDate> first(String text, boolean monthFirst, boolean shortYears) {
        List<Mention> all = all(text, monthFirst, shortYears);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).date());
    }

    private static void numeric(String s, Pattern p, List<Mention> found,
                                java.util.function.Function<Matcher, Optional<LocalDate>> read) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            read.apply(m).ifPresent(d -> found.add(new Mention(d, start, end)));
        }
    }

    /** Day-first unless the separator is a slash, the page writes month-first and the numbers allow it. */
    private static Optional<LocalDate> dayFirst(String a, String b, String year, String separator, boolean monthFirst) {
        int x = Integer.parseInt(a);
        int y = Integer.parseInt(b);
        boolean swap = y > 12 || (monthFirst && separator.equals("/") && x <= 12);
        return swap ? date(year, a, b) : date(year, b, a);
    }

    private static Optional<LocalDate> named(String year, String month, String day) {
        OptionalInt n = MonthNames.number(month);
        return n.isEmpty() ? Optional.empty() : date(year, Integer.toString(n.getAsInt()), day);
    }

    static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Keeps the first of mentions that start at the same place (patterns can overlap). */
    private static List<Mention> dropOverlaps(List<Mention> sorted) {
        List<Mention> out = new ArrayList<>();
        int last = -1;
        for (Mention m : sorted) {
            if (m.start() != last) {
                out.add(m);
                last = m.start();
            }
        }
        return out;
    }
}
