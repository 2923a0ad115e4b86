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
 * A counted stretch ("the past three years") stays a duration.
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

    private VagueReferences() {}

    static TimeExpression apply(String text, TimeExpression t) {
        String s = t.text().strip();
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
}
