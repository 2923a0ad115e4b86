package dev.parallax.core.annotate.time;

import dev.parallax.core.annotate.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ranges the words around time expressions make, which taggers drop: "since last
 * October" (open end), "until Friday" (open start), "between March and May", "from 3 June to
 * 9 June". The expressions keep their TimeML spans; each gets the {@link TimeRange} it bounds. A
 * range's start without its year takes the end's ("from March to May 2024" is March 2024), one
 * year earlier when it would otherwise come after the end ("from November to February 2024").
 */
final class RangeReader {
    private static final Pattern OPENING = Pattern.compile("(?i)\\b(since|until|till|til|through|from|between)\\s+(?:the\\s+)?$");
    private static final Pattern JOIN_TO = Pattern.compile("(?i)^\\s*(?:to|until|till|through|-|–|—)\\s*(?:the\\s+)?$");
    private static final Pattern JOIN_AND = Pattern.compile("(?i)^\\s+and\\s+(?:the\\s+)?$");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^(\\d{4})(-.*)?$");

    private RangeReader() {}

    static List<TimeExpression> apply(String text, List<TimeExpression> in) {
        List<TimeExpression> out = new ArrayList<>(in);
        for (int i = 0; i < out.size(); i++) {
            TimeExpression a = out.get(i);
            if (a.range() != null || a.value() == null || a.type() == TimexType.SET) {
                continue;
            }
            int from = Math.max(0, a.span().start() - 20);
            Matcher open = OPENING.matcher(text.substring(from, a.span().start()));
            if (!open.find()) {
                continue;
            }
            String cue = open.group(1).toLowerCase(Locale.ROOT);
            int cueStart = from + open.start();
            TimeExpression b = i + 1 < out.size() ? out.get(i + 1) : null;
            String between = b == null ? "" : text.substring(a.span().end(), b.span().start());
            boolean pairs = b != null && b.value() != null && b.range() == null
                    && (cue.equals("between") ? JOIN_AND : JOIN_TO).matcher(between).matches()
                    && (cue.equals("from") || cue.equals("between"));
            if (pairs) {
                TimeExpression start = withYearOf(a, b);
                TimeRange r = new TimeRange(new Span(cueStart, b.span().end()), cue, start.value(), b.value());
                out.set(i, start.withRange(r));
                out.set(i + 1, b.withRange(r));
                i++;
            } else if (cue.equals("since")) {
                out.set(i, a.withRange(new TimeRange(new Span(cueStart, a.span().end()), cue, a.value(), null)));
            } else if (cue.equals("until") || cue.equals("till") || cue.equals("til") || cue.equals("through")) {
                out.set(i, a.withRange(new TimeRange(new Span(cueStart, a.span().end()), cue, null, a.value())));
            }
        }
        return out;
    }

    /** The range's start with the end's year when it names none. */
    private static TimeExpression withYearOf(TimeExpression start, TimeExpression end) {
        Matcher s = YEAR_PREFIX.matcher(start.value());
        Matcher e = YEAR_PREFIX.matcher(end.value());
        if (CalendarNames.namesYear(start.text()) || !CalendarNames.namesYear(end.text()) || !s.matches() || !e.matches()
                || s.group(2) == null) {
            return start;
        }
        int year = Integer.parseInt(e.group(1));
        String candidate = e.group(1) + s.group(2);
        if (candidate.compareTo(end.value()) > 0) {
            candidate = String.format(Locale.ROOT, "%04d", year - 1) + s.group(2);
        }
        return start.withValue(candidate);
    }
}
