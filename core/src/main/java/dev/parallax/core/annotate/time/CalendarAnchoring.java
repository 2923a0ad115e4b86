package dev.parallax.core.annotate.time;

import dev.parallax.core.annotate.Span;
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
 * March up to the publication month, or the next from it; "the third quarter" and holidays
 * ("Thanksgiving", {@link Holidays}) likewise. SUTime picks the day within the
 * publication's week instead, which puts past events in the future.
 *
 * <p>Expressions that say which one they mean ("last Friday", "next March", "March 2024",
 * "Friday, Aug. 7") are left as the tagger read them.
 */
final class CalendarAnchoring {
    private static final Pattern MODIFIER = Pattern.compile(
            "\\b(last|next|this|coming|past|previous|following|every|each|other|that|same|recent|"
                    + "earlier|later|before|after|ago|since)\\b");
    private static final Pattern LAST_OR_NEXT_MONTH = Pattern.compile(
            "^(last|next)\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?$");
    private static final Pattern SENTENCE_YEAR = Pattern.compile("\\b(last|next|this)\\s+year\\b(?!['’]s)");
    private static final Pattern SURELY_PAST = Pattern.compile("(?i)\\b(?:since|ended)\\s+(?:early\\s+|late\\s+|mid-)?$");
    private static final Pattern FISCAL = Pattern.compile("(?i)\\bfiscal\\b");
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
        Matcher lastOrNext = LAST_OR_NEXT_MONTH.matcher(lower);
        if (lastOrNext.matches() && DATED.matcher(t.value()).matches()) {
            return lastOrNextMonth(t, lastOrNext.group(1), anchor.date());
        }
        if (MODIFIER.matcher(lower).find() || PLURAL_WEEKDAY.matcher(lower).find()) {
            return t;
        }
        ReportTense.Direction dir = ReportTense.of(text, t.span());
        Optional<Month> month = CalendarNames.month(t.text());
        if (month.isPresent()) {
            return CalendarNames.namesYear(t.text()) ? t : monthWithoutYear(text, t, month.get(), anchor.date(), dir);
        }
        Optional<IntFunction<LocalDate>> holiday = Holidays.named(t.text());
        if (holiday.isPresent()) {
            return holidayWithoutYear(text, t, holiday.get(), anchor.date(), dir);
        }
        Matcher quarter = QUARTER.matcher(t.value());
        if (quarter.matches() && !CalendarNames.namesYear(t.text())) {
            int q = Integer.parseInt(quarter.group(2));
            if (dir != ReportTense.Direction.FUTURE
                    && FISCAL.matcher(text.substring(Math.max(0, t.span().start() - 12), t.span().end())).find()) {
                // A fiscal quarter reported on has begun: its calendar year is not after publication's.
                int year = Integer.parseInt(quarter.group(1)) > anchor.date().getYear() ? anchor.date().getYear() : Integer.parseInt(quarter.group(1));
                return t.withValue(String.format(Locale.ROOT, "%04d-Q%d", year, q));
            }
            int year = nearestYear(y -> LocalDate.of(y, q * 3 - 2, 1), y -> LocalDate.of(y, q * 3, 1).plusMonths(1).minusDays(1),
                    anchor.date(), dir);
            return t.withValue(String.format(Locale.ROOT, "%04d-Q%d", year, q));
        }
        if (!CalendarNames.hasDayNumber(t.text())) {
            Optional<DayOfWeek> day = CalendarNames.weekday(t.text());
            if (day.isPresent()) {
                return weekday(t, day.get(), anchor, dir);
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

    /**
     * "last June" is the latest June before the publication month, "next June" the first after it:
     * read in November 1989, "last June" is June 1989 (HeidelTime reads it so too), not June 1988.
     */
    private static TimeExpression lastOrNextMonth(TimeExpression t, String which, LocalDate anchor) {
        Optional<Month> month = CalendarNames.month(t.text());
        if (month.isEmpty()) {
            return t;
        }
        LocalDate first = anchor.withDayOfMonth(1);
        LocalDate d = first.withMonth(month.get().getValue());
        if (which.equals("last") && !d.isBefore(first)) {
            d = d.minusYears(1);
        } else if (which.equals("next") && !d.isAfter(first)) {
            d = d.plusYears(1);
        }
        return t.withValue(String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()));
    }

    /**
     * The day a bare weekday names: the last such day on or before publication in a report of what
     * happened, the next on or after it for what will; with only the earliest publication known (a
     * day the text names), the such day nearest to that day, the later one on a tie, since the days
     * a report names lie around its news.
     */
    private static TimeExpression weekday(TimeExpression t, DayOfWeek day, TimeAnchor anchor, ReportTense.Direction dir) {
        Matcher m = DATED.matcher(t.value());
        if (!m.matches() || m.group(3) == null) {
            return t;
        }
        LocalDate a = anchor.date();
        LocalDate before = a.with(TemporalAdjusters.previousOrSame(day));
        LocalDate after = a.with(TemporalAdjusters.nextOrSame(day));
        LocalDate d = anchor.earliest() ? (a.toEpochDay() - before.toEpochDay() < after.toEpochDay() - a.toEpochDay() ? before : after)
                : dir != ReportTense.Direction.FUTURE ? before : after;
        return t.withValue(d + (m.group(4) == null ? "" : m.group(4)));
    }

    private static TimeExpression monthWithoutYear(String text, TimeExpression t, Month month, LocalDate anchor,
                                                   ReportTense.Direction dir) {
        Matcher m = DATED.matcher(t.value());
        if (!m.matches() || Integer.parseInt(m.group(2)) != month.getValue()) {
            return t;
        }
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        Integer named = yearOfSentence(text, t);
        if (named != null) {
            return t.withValue(String.format(Locale.ROOT, "%04d", anchor.getYear() + named) + t.value().substring(4));
        }
        if (SURELY_PAST.matcher(text.substring(Math.max(0, t.span().start() - 20), t.span().start())).find()) {
            // "since March", "the year ended Jan. 31": a time that has begun or ended by publication.
            LocalDate start = LocalDate.of(anchor.getYear(), month, 1).withDayOfMonth(Math.max(1, Math.min(day, month.length(Year.isLeap(anchor.getYear())))));
            int year = start.isAfter(anchor) ? anchor.getYear() - 1 : anchor.getYear();
            return t.withValue(String.format(Locale.ROOT, "%04d", year) + t.value().substring(4));
        }
        int year = nearestYear(y -> day == 0 ? LocalDate.of(y, month, 1) : LocalDate.of(y, month, 1).withDayOfMonth(Math.min(day, month.length(Year.isLeap(y)))),
                y -> day == 0 ? LocalDate.of(y, month, 1).plusMonths(1).minusDays(1) : LocalDate.of(y, month, 1).withDayOfMonth(Math.min(day, month.length(Year.isLeap(y)))),
                anchor, dir);
        String v = String.format(Locale.ROOT, "%04d-%02d", year, month.getValue())
                + (m.group(3) == null ? "" : "-" + m.group(3)) + (m.group(4) == null ? "" : m.group(4));
        return t.withValue(v);
    }

    /**
     * A holiday named without its year ("on Thanksgiving", "after Christmas"), placed as a date with
     * its day is: in the year the sentence names, else by tense and distance ({@link #nearestYear}).
     * The tagger dates it in the publication's year; when its date is not the rule's for that year
     * (another country's holiday of the same name), it is left as the tagger read it.
     */
    private static TimeExpression holidayWithoutYear(String text, TimeExpression t, IntFunction<LocalDate> holiday,
                                                     LocalDate anchor, ReportTense.Direction dir) {
        Matcher m = DATED.matcher(t.value());
        if (!m.matches() || m.group(3) == null) {
            return t;
        }
        int tagged = Integer.parseInt(m.group(1));
        if (!holiday.apply(tagged).toString().equals(t.value().substring(0, 10))) {
            return t;
        }
        Integer named = yearOfSentence(text, t);
        int year = named != null ? anchor.getYear() + named : nearestYear(holiday, holiday, anchor, dir);
        return t.withValue(holiday.apply(year) + (m.group(4) == null ? "" : m.group(4)));
    }

    /**
     * The year a sentence gives its calendar names ("their June summit last year", "in August,
     * … this year"), as an offset from the publication year; null when it names none or several.
     */
    private static Integer yearOfSentence(String text, TimeExpression t) {
        Span sentence = ReportTense.sentenceAround(text, t.span());
        String s = sentence.of(text).toLowerCase(Locale.ROOT);
        Matcher y = SENTENCE_YEAR.matcher(s);
        Integer offset = null;
        while (y.find()) {
            int at = sentence.start() + y.start();
            if (at >= t.span().start() && at < t.span().end()) {
                continue;
            }
            int o = switch (y.group(1)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            if (offset != null && offset != o) {
                return null;
            }
            offset = o;
        }
        return offset;
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
