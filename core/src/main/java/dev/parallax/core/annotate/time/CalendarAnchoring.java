package dev.parallax.core.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places calendar names that come without their week or year — "on Saturday", "the weekend",
 * "in March", "Nov. 20" — on the side of the publication date the sentence speaks of
 * ({@link ReportTense}): "on Saturday" in a report of what happened is the last Saturday on or
 * before publication, "will meet on Monday" the next Monday on or after it; "March" is the last
 * March up to the publication month, or the next from it; "the third quarter" likewise. SUTime picks the day within the
 * publication's week instead, which puts past events in the future.
 *
 * <p>Expressions that say which one they mean ("last Friday", "next March", "March 2024",
 * "Friday, Aug. 7") are left as the tagger read them.
 */
final class CalendarAnchoring {
    private static final Pattern MODIFIER = Pattern.compile(
            "\\b(last|next|this|coming|past|previous|following|every|each|other|that|same|recent|"
                    + "earlier|later|before|after|ago|since)\\b");
    private static final Pattern DATED = Pattern.compile("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?(T.*)?$");
    private static final Pattern PLURAL_WEEKDAY = Pattern.compile("(mon|tues|wednes|thurs|fri|satur|sun)days\\b");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern WEEKEND = Pattern.compile("^\\d{4}-W\\d{2}-WE$");

    /** How much further a date against the sentence's tense counts; see {@link #nearestYear}. */
    static final int AGAINST_TENSE_DAYS = Integer.getInteger("parallax.tense.days", 120);

    private CalendarAnchoring() {}

    static TimeExpression apply(String text, TimeAnchor anchor, TimeExpression t) {
        if (anchor == null || t.value() == null || t.type() == TimexType.SET || t.type() == TimexType.DURATION) {
            return t;
        }
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (MODIFIER.matcher(lower).find() || PLURAL_WEEKDAY.matcher(lower).find()) {
            return t;
        }
        ReportTense.Direction dir = ReportTense.of(text, t.span());
        Optional<Month> month = CalendarNames.month(t.text());
        if (month.isPresent()) {
            return CalendarNames.namesYear(t.text()) ? t : monthWithoutYear(t, month.get(), anchor.date(), dir);
        }
        Matcher quarter = QUARTER.matcher(t.value());
        if (quarter.matches() && !CalendarNames.namesYear(t.text())) {
            int q = Integer.parseInt(quarter.group(2));
            int year = nearestYear(y -> LocalDate.of(y, q * 3 - 2, 1), y -> LocalDate.of(y, q * 3, 1).plusMonths(1).minusDays(1),
                    anchor.date(), dir);
            return t.withValue(String.format(Locale.ROOT, "%04d-Q%d", year, q));
        }
        if (!CalendarNames.hasDayNumber(t.text())) {
            Optional<DayOfWeek> day = CalendarNames.weekday(t.text());
            if (day.isPresent()) {
                return weekday(t, day.get(), anchor.date(), dir);
            }
            if (lower.contains("weekend") && WEEKEND.matcher(t.value()).matches()) {
                LocalDate sat = dir != ReportTense.Direction.FUTURE
                        ? anchor.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                        : anchor.date().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
                return t.withValue(isoWeek(sat) + "-WE");
            }
        }
        return t;
    }

    private static TimeExpression weekday(TimeExpression t, DayOfWeek day, LocalDate anchor, ReportTense.Direction dir) {
        Matcher m = DATED.matcher(t.value());
        if (!m.matches() || m.group(3) == null) {
            return t;
        }
        LocalDate d = dir != ReportTense.Direction.FUTURE
                ? anchor.with(TemporalAdjusters.previousOrSame(day))
                : anchor.with(TemporalAdjusters.nextOrSame(day));
        return t.withValue(d + (m.group(4) == null ? "" : m.group(4)));
    }

    private static TimeExpression monthWithoutYear(TimeExpression t, Month month, LocalDate anchor,
                                                   ReportTense.Direction dir) {
        Matcher m = DATED.matcher(t.value());
        if (!m.matches() || Integer.parseInt(m.group(2)) != month.getValue()) {
            return t;
        }
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int year = nearestYear(y -> day == 0 ? LocalDate.of(y, month, 1) : LocalDate.of(y, month, 1).withDayOfMonth(Math.min(day, month.length(Year.isLeap(y)))),
                y -> day == 0 ? LocalDate.of(y, month, 1).plusMonths(1).minusDays(1) : LocalDate.of(y, month, 1).withDayOfMonth(Math.min(day, month.length(Year.isLeap(y)))),
                anchor, dir);
        String v = String.format(Locale.ROOT, "%04d-%02d", year, month.getValue())
                + (m.group(3) == null ? "" : "-" + m.group(3)) + (m.group(4) == null ? "" : m.group(4));
        return t.withValue(v);
    }

    /**
     * The year whose (month, day) lies nearest the anchor, counting a date on the side the sentence
     * does not speak of as {@link #AGAINST_TENSE_DAYS} further away: tense decides between two
     * candidates at similar distances ("March" read in November), distance between far ones ("payable
     * Nov. 21" read on Nov. 2 is this November even in a sentence with past verbs).
     */
    private static int nearestYear(IntFunction<LocalDate> start, IntFunction<LocalDate> end, LocalDate anchor,
                                   ReportTense.Direction dir) {
        int best = anchor.getYear();
        long bestCost = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate from = start.apply(y);
            LocalDate to = end.apply(y);
            long cost;
            if (anchor.isBefore(from)) {
                cost = from.toEpochDay() - anchor.toEpochDay() + (dir == ReportTense.Direction.PAST ? AGAINST_TENSE_DAYS : 0);
            } else if (anchor.isAfter(to)) {
                cost = anchor.toEpochDay() - to.toEpochDay() + (dir == ReportTense.Direction.FUTURE ? AGAINST_TENSE_DAYS : 0);
            } else {
                cost = 0;
            }
            if (cost < bestCost) {
                best = y;
                bestCost = cost;
            }
        }
        return best;
    }

    static String isoWeek(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
