package dev.parallax.core.annotate.time;

import dev.parallax.core.annotate.Span;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uncounted stretches that point at the past or the present rather than measure time: "recent
 * years", "in past months", "the last few weeks", "the past several quarters" are TimeML's
 * {@code PAST_REF}, "the coming years" its {@code FUTURE_REF} and "these days" its
 * {@code PRESENT_REF}, all DATEs. A tagger reads them as
 * durations ("years" → {@code PXY}) or as a range ending at publication, and often leaves the
 * word that makes them point ("recent", "past") outside the span; the span takes it in.
 * A counted stretch ("the past three years") stays a duration. "The past year" and "the last
 * decade", one uncounted unit back, are the year or decade before publication's (a tagger reads
 * them as publication's own, HeidelTime as the one before).
 */
final class VagueReferences {
    private static final String UNITS = "(?:years|months|weeks|days|decades|quarters)";
    private static final Pattern PAST = Pattern.compile("(?i)^(?:the\\s+)?(?:(?:most\\s+)?recent|past|last|previous)\\s+"
            + "(?:(?:few|several|many|couple of)\\s+)?" + UNITS + "(?:\\s+(?:and|or)\\s+" + UNITS + ")?$");
    private static final Pattern POINTER_BEFORE = Pattern.compile("(?i)\\b((?:the\\s+)?(?:(?:most\\s+)?recent|past|last|previous|coming|upcoming)"
            + "\\s+(?:(?:few|several|many|couple of)\\s+)?)$");
    private static final Pattern UNIT_ONLY = Pattern.compile("(?i)^(?:(?:few|several|many|couple of)\\s+)?" + UNITS
            + "(?:\\s+(?:and|or)\\s+" + UNITS + ")?$");
    private static final Pattern FUTURE = Pattern.compile("(?i)^(?:the\\s+)?(?:coming|upcoming)\\s+"
            + "(?:(?:few|several|many|couple of)\\s+)?" + UNITS + "(?:\\s+(?:and|or)\\s+" + UNITS + ")?$");
    private static final Pattern PRESENT = Pattern.compile("(?i)^(?:these|those)\\s+days$");
    private static final Pattern THESE_BEFORE = Pattern.compile("(?i)\\b(these)\\s+$");
    /** "the past year", "the last decade": one uncounted unit back, which a tagger reads as the present one. */
    private static final Pattern ONE_BACK = Pattern.compile("(?i)^(?:the\\s+)?(?:past|last|previous)\\s+(year|decade)$");

    private VagueReferences() {}

    static TimeExpression apply(String text, TimeAnchor anchor, TimeExpression t) {
        String s = t.text().strip();
        Matcher back = ONE_BACK.matcher(s);
        if (back.matches() && anchor != null && t.type() == TimexType.DATE && t.value() != null) {
            return oneBack(t, back.group(1).toLowerCase(Locale.ROOT), anchor.date().getYear());
        }
        Span span = t.span();
        if (UNIT_ONLY.matcher(s).matches()) {
            String before = text.substring(Math.max(0, span.start() - 40), span.start());
            Matcher p = POINTER_BEFORE.matcher(before);
            Matcher these = THESE_BEFORE.matcher(before);
            if (p.find()) {
                span = new Span(span.start() - p.group(1).length(), span.end());
            } else if (s.equalsIgnoreCase("days") && these.find()) {
                span = new Span(span.start() - before.length() + these.start(), span.end());
            } else {
                return t;
            }
            s = span.of(text);
        }
        String value;
        if (PAST.matcher(s).matches()) {
            value = "PAST_REF";
        } else if (FUTURE.matcher(s).matches()) {
            value = "FUTURE_REF";
        } else if (PRESENT.matcher(s).matches() && s.toLowerCase(Locale.ROOT).startsWith("these")) {
            value = "PRESENT_REF";
        } else {
            return t;
        }
        return new TimeExpression(span, span.of(text), TimexType.DATE, value, Precision.of(value), t.range());
    }

    /** The year or decade before publication's, when the tagger gave publication's own (a value it gave otherwise stays). */
    private static TimeExpression oneBack(TimeExpression t, String unit, int year) {
        String v = t.value();
        if (unit.equals("year") && v.equals(String.format(Locale.ROOT, "%04d", year))) {
            return t.withValue(String.format(Locale.ROOT, "%04d", year - 1));
        }
        String decade = String.format(Locale.ROOT, "%03d", year / 10);
        if (unit.equals("decade") && (v.equals(decade) || v.equals(decade + "X"))) {
            return t.withValue(String.format(Locale.ROOT, "%03d", year / 10 - 1));
        }
        return t;
    }
}
