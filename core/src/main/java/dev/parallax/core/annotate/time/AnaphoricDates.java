package dev.parallax.core.annotate.time;

import dev.parallax.core.annotate.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days, months and years that point back at a date the text has just named: "later that year",
 * "that same day", "earlier that day" are that date's year or day; "the following year", "the
 * next day", "the previous month" are one unit after or before it. The date pointed at is the last
 * one named before, at least as precise as the unit ("Elian's mother fled in June 1998 and
 * returned later that year" → 1998). A tagger reads these as lengths ("year" → {@code P1Y}) or
 * counts from publication ("the following year" → the year after it); with no such date before,
 * they are left as the tagger read them. HeidelTime reads narrative references against the last
 * named date in the same way.
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

    private AnaphoricDates() {}

    static List<TimeExpression> apply(String text, List<TimeExpression> in) {
        List<TimeExpression> out = new ArrayList<>(in.size());
        Matcher last = null;
        for (TimeExpression t : in) {
            TimeExpression r = last == null ? t : resolve(text, t, last);
            out.add(r);
            Matcher d = r.value() == null || r.type() != TimexType.DATE ? null : DATED.matcher(r.value());
            if (d != null && d.matches()) {
                last = d;
            }
        }
        return out;
    }

    private static TimeExpression resolve(String text, TimeExpression t, Matcher last) {
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
    private static String shifted(Matcher last, String unit, int by) {
        int year = Integer.parseInt(last.group(1));
        return switch (unit) {
            case "year" -> String.format(Locale.ROOT, "%04d", year + by);
            case "month" -> last.group(2) == null ? null : YearMonth.of(year, Integer.parseInt(last.group(2))).plusMonths(by).toString();
            case "week" -> last.group(3) == null ? null : CalendarAnchoring.isoWeek(day(last).plusWeeks(by));
            default -> last.group(3) == null ? null : day(last).plusDays(by).toString();
        };
    }

    private static LocalDate day(Matcher last) {
        return LocalDate.of(Integer.parseInt(last.group(1)), Integer.parseInt(last.group(2)), Integer.parseInt(last.group(3)));
    }
}
