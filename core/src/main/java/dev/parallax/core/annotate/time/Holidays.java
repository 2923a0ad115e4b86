package dev.parallax.core.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * The date of a named holiday in a given year, for the holidays whose date a rule gives: fixed days
 * ("Christmas"), the nth weekday of a month ("Thanksgiving", the fourth Thursday of November, as
 * in the United States, whose holidays SUTime knows), and days counted from Easter ("Good Friday").
 * Lunar and regional holidays, whose dates no such rule gives, are not here.
 */
final class Holidays {
    /** Names without apostrophes and full stops, in lower case (see {@link #named}). */
    private static final Map<String, IntFunction<LocalDate>> BY_NAME = Map.ofEntries(
            Map.entry("christmas", fixed(Month.DECEMBER, 25)),
            Map.entry("christmas day", fixed(Month.DECEMBER, 25)),
            Map.entry("christmas eve", fixed(Month.DECEMBER, 24)),
            Map.entry("boxing day", fixed(Month.DECEMBER, 26)),
            Map.entry("new years day", fixed(Month.JANUARY, 1)),
            Map.entry("new years eve", fixed(Month.DECEMBER, 31)),
            Map.entry("valentines day", fixed(Month.FEBRUARY, 14)),
            Map.entry("st patricks day", fixed(Month.MARCH, 17)),
            Map.entry("saint patricks day", fixed(Month.MARCH, 17)),
            Map.entry("independence day", fixed(Month.JULY, 4)),
            Map.entry("halloween", fixed(Month.OCTOBER, 31)),
            Map.entry("veterans day", fixed(Month.NOVEMBER, 11)),
            Map.entry("martin luther king day", nth(3, DayOfWeek.MONDAY, Month.JANUARY)),
            Map.entry("martin luther king jr day", nth(3, DayOfWeek.MONDAY, Month.JANUARY)),
            Map.entry("presidents day", nth(3, DayOfWeek.MONDAY, Month.FEBRUARY)),
            Map.entry("mothers day", nth(2, DayOfWeek.SUNDAY, Month.MAY)),
            Map.entry("memorial day", y -> LocalDate.of(y, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
            Map.entry("fathers day", nth(3, DayOfWeek.SUNDAY, Month.JUNE)),
            Map.entry("labor day", nth(1, DayOfWeek.MONDAY, Month.SEPTEMBER)),
            Map.entry("columbus day", nth(2, DayOfWeek.MONDAY, Month.OCTOBER)),
            Map.entry("thanksgiving", nth(4, DayOfWeek.THURSDAY, Month.NOVEMBER)),
            Map.entry("thanksgiving day", nth(4, DayOfWeek.THURSDAY, Month.NOVEMBER)),
            Map.entry("ash wednesday", y -> easter(y).minusDays(46)),
            Map.entry("palm sunday", y -> easter(y).minusDays(7)),
            Map.entry("good friday", y -> easter(y).minusDays(2)),
            Map.entry("easter", Holidays::easter),
            Map.entry("easter sunday", Holidays::easter),
            Map.entry("easter monday", y -> easter(y).plusDays(1)),
            Map.entry("pentecost", y -> easter(y).plusDays(49)));
    private static final Pattern MARKS = Pattern.compile("['’.]");

    private Holidays() {}

    /**
     * The rule for the holiday that {@code text} names whole ("Thanksgiving", "the Christmas Eve",
     * "Presidents' Day", "Martin Luther King Jr. Day"), or empty.
     */
    static Optional<IntFunction<LocalDate>> named(String text) {
        String key = MARKS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replaceAll("\\s+", " ").strip();
        return Optional.ofNullable(BY_NAME.get(key.startsWith("the ") ? key.substring(4) : key));
    }

    private static IntFunction<LocalDate> fixed(Month month, int day) {
        return y -> LocalDate.of(y, month, day);
    }

    private static IntFunction<LocalDate> nth(int n, DayOfWeek day, Month month) {
        return y -> LocalDate.of(y, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
