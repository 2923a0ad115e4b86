package dev.parallax.core.annotate.time;

import dev.parallax.core.annotate.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days, months and years that point back at a date the text has just named: "later that year",
 * "that same day", "earlier that day" are that date's year or day; "the following year", "the
 * next day", "the previous month" are one unit after or before it. The date pointed at is the last
 * calendar date named before in the text ("the mother fled in June 1998 and returned later that
 * year" → 1998); when that one is less precise than the unit ("the next day" after "in 1998"), or
 * there is none, the expression is left as the tagger read it. A tagger reads these as lengths
 * ("year" → {@code P1Y}) or counts from publication ("the following year" → the year after it).
 * "The previous Friday" and "the following Monday" are the first such weekday before or after
 * the last named day. HeidelTime reads narrative references against the last named date in the same way.
 */
final class AnaphoricDates {
    private static final String UNIT = "(day|week|month|year)";
    /** Words before a tagger's bare unit that make it point back: "later that ", "the same ", "that same ". */
    private static final Pattern POINTER_BEFORE = Pattern.compile(
            "(?i)\\b((?:(?:earlier|later|early|late)\\s+(?:in\\s+)?)?(?:that|that\\s+same|the\\s+same)\\s+)$");
    private static final Pattern SAME = Pattern.compile(
            "(?i)^(?:(?:earlier|later|early|late)\\s+(?:in\\s+)?)?(?:that|that\\s+same|the\\s+same)\\s+" + UNIT + "$");
    private static final Pattern STEP = Pattern.compile("(?i)^the\\s+(following|next|previous|preceding)\\s+" + UNIT + "$");
    private static final Pattern DATED = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$");
    /** "the previous Friday", "the following Monday": the first such weekday before or after the named day. */
    private static final Pattern STEP_WEEKDAY = Pattern.compile("(?i)^the\\s+(following|next|previous|preceding)\\s+"
            + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$");

    private AnaphoricDates() {}

    static List<TimeExpression> apply(String text, List<TimeExpression> in) {
        List<TimeExpression> out = new ArrayList<>(in.size());
        Named last = null;
        for (TimeExpression t : in) {
            TimeExpression r = last == null ? t : resolve(text, t, last);
            out.add(r);
            Matcher d = r.value() == null || r.type() != TimexType.DATE ? null : DATED.matcher(r.value());
            if (d != null && d.matches()) {
                last = new Named(Integer.parseInt(d.group(1)), d.group(2) == null ? 0 : Integer.parseInt(d.group(2)),
                        d.group(3) == null ? 0 : Integer.parseInt(d.group(3)));
            }
        }
        return out;
    }

    /** A named calendar date; {@code month} and {@code day} are 0 when not named. */
    private record Named(int year, int month, int day) {}

    private static TimeExpression resolve(String text, TimeExpression t, Named last) {
        Span span = t.span();
        String s = t.text().strip();
        if (s.matches("(?i)" + UNIT + "s?")) {
            Matcher p = POINTER_BEFORE.matcher(text.substring(Math.max(0, span.start() - 24), span.start()));
            if (!p.find()) {
                return t;
            }
            span = new Span(span.start() - p.group(1).length(), span.end());
            s = span.of(text);
        }
        Matcher weekday = STEP_WEEKDAY.matcher(s);
        if (weekday.matches()) {
            return last.day() == 0 ? t : t.withValue(weekdayFrom(last, weekday.group(1), weekday.group(2)));
        }
        Matcher same = SAME.matcher(s);
        Matcher step = STEP.matcher(s);
        String unit;
        int by;
        if (same.matches()) {
            unit = same.group(1).toLowerCase(Locale.ROOT);
            by = 0;
        } else if (step.matches()) {
            unit = step.group(2).toLowerCase(Locale.ROOT);
            String dir = step.group(1).toLowerCase(Locale.ROOT);
            by = dir.equals("following") || dir.equals("next") ? 1 : -1;
        } else {
            return t;
        }
        String value = shifted(last, unit, by);
        if (value == null) {
            return t;
        }
        return new TimeExpression(span, span.of(text), TimexType.DATE, value, Precision.of(value), null);
    }

    /** The last named date at the unit's precision, moved by {@code by} units; null when it is less precise than the unit. */
    private static String shifted(Named last, String unit, int by) {
        return switch (unit) {
            case "year" -> String.format(Locale.ROOT, "%04d", last.year() + by);
            case "month" -> last.month() == 0 ? null : YearMonth.of(last.year(), last.month()).plusMonths(by).toString();
            case "week" -> last.day() == 0 ? null : CalendarAnchoring.isoWeek(day(last).plusWeeks(by));
            default -> last.day() == 0 ? null : day(last).plusDays(by).toString();
        };
    }

    private static String weekdayFrom(Named last, String direction, String weekday) {
        DayOfWeek d = DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
        String dir = direction.toLowerCase(Locale.ROOT);
        boolean after = dir.equals("following") || dir.equals("next");
        return day(last).with(after ? TemporalAdjusters.next(d) : TemporalAdjusters.previous(d)).toString();
    }

    private static LocalDate day(Named last) {
        return LocalDate.of(last.year(), last.month(), last.day());
    }
}
