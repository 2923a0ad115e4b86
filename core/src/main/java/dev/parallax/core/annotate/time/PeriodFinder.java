package dev.parallax.core.annotate.time;

import dev.parallax.core.annotate.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar periods SUTime leaves untagged or reads as their year alone: quarters and halves
 * of a year ("the fourth quarter", "third-quarter", "the first half of 2024", "the last half of
 * 1989") and "mid-" dates ("mid-November",
 * "mid-1996"), and "March" and "May" alone after a preposition ("in March"). A period without its year is given the publication year here and placed by
 * {@link CalendarAnchoring} like any other.
 */
final class PeriodFinder {
    private static final String ORDINAL = "first|second|third|fourth|1st|2nd|3rd|4th";
    private static final Pattern PERIOD = Pattern.compile("(?i)\\b(?:(the|its|this|that)\\s+)?(" + ORDINAL
            + "|last(?=[- ]half))[- ](quarter|half)(?!s)\\b(?:\\s+(?:of\\s+)?(\\d{4})\\b)?");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}");
    /** "March" and "May" are also a verb and a modal, so a tagger without parts of speech skips them alone; after a preposition they are months. */
    private static final Pattern VERB_LIKE_MONTH = Pattern.compile(
            "(?i:\\b(?:in|since|by|until|till|through|during|before|after|early|late|from))\\s+(March|May)\\b(?!\\s*\\d)");
    private static final Pattern MID = Pattern.compile("\\bmid-(\\d{4}|[A-Z][a-z]+\\.?)");

    private PeriodFinder() {}

    static List<TimeExpression> apply(String text, TimeAnchor anchor, List<TimeExpression> found) {
        found = new ArrayList<>(found);
        List<TimeExpression> added = new ArrayList<>();
        Matcher m = PERIOD.matcher(text);
        while (m.find()) {
            String year = m.group(4) != null ? m.group(4) : anchor == null ? "XXXX" : String.valueOf(anchor.date().getYear());
            int n = ordinal(m.group(2));
            boolean quarter = m.group(3).equalsIgnoreCase("quarter");
            if (!quarter && n > 2) {
                continue;
            }
            // TimeML leaves a possessive ("its") out of the span but keeps the article.
            int start = m.group(1) != null && !m.group(1).equalsIgnoreCase("the") ? m.start(2) : m.start();
            String value = year + (quarter ? "-Q" : "-H") + n;
            add(text, new Span(start, m.end()), value, found, added);
        }
        Matcher mid = MID.matcher(text);
        while (mid.find()) {
            String what = mid.group(1);
            String value;
            if (what.matches("\\d{4}")) {
                value = what;
            } else {
                var month = CalendarNames.month(what);
                if (month.isEmpty()) {
                    continue;
                }
                value = (anchor == null ? "XXXX" : String.valueOf(anchor.date().getYear()))
                        + String.format(Locale.ROOT, "-%02d", month.get().getValue());
            }
            add(text, new Span(mid.start(), mid.end()), value, found, added);
        }
        Matcher month = VERB_LIKE_MONTH.matcher(text);
        while (month.find()) {
            String value = (anchor == null ? "XXXX" : String.valueOf(anchor.date().getYear()))
                    + (month.group(1).equals("March") ? "-03" : "-05");
            add(text, new Span(month.start(1), month.end(1)), value, found, added);
        }
        if (added.isEmpty()) {
            return found;
        }
        List<TimeExpression> out = new ArrayList<>(found);
        out.addAll(added);
        out.sort(Comparator.comparingInt(t -> t.span().start()));
        return out;
    }

    /**
     * Adds the period unless the tagger found something overlapping it, other than the period's year
     * alone within its span ("the last half of 1989" read as 1989), which the period replaces.
     */
    private static void add(String text, Span span, String value, List<TimeExpression> found, List<TimeExpression> added) {
        List<TimeExpression> replaced = new ArrayList<>();
        for (TimeExpression t : found) {
            if (t.span().start() < span.end() && span.start() < t.span().end()) {
                boolean yearWithin = t.value() != null && YEAR_ONLY.matcher(t.value()).matches() && value.startsWith(t.value())
                        && span.start() <= t.span().start() && t.span().end() <= span.end();
                if (!yearWithin) {
                    return;
                }
                replaced.add(t);
            }
        }
        found.removeAll(replaced);
        added.add(new TimeExpression(span, span.of(text), TimexType.DATE, value, Precision.of(value), null));
    }

    private static int ordinal(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd", "last" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }
}
