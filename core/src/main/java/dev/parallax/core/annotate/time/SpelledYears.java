package dev.parallax.core.annotate.time;

import dev.parallax.core.annotate.Span;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years spoken in words, as broadcast transcripts write them: "nineteen ninety-six",
 * "January nineteen ninety-seven". SUTime stops at "nineteen ninety" and reads 1990 (or no year
 * at all); this takes the unit after the hyphen into the span and the year into the value.
 */
final class SpelledYears {
    private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    private static final List<String> TENS = List.of("ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final Pattern SPELLED = Pattern.compile("(?i)\\b(nineteen|eighteen)\\s+(" + String.join("|", TENS) + ")$");
    private static final Pattern UNIT_AFTER = Pattern.compile("(?i)^[- ](" + String.join("|", UNITS) + ")\\b");
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}");

    private SpelledYears() {}

    static TimeExpression apply(String text, TimeExpression t) {
        Matcher m = SPELLED.matcher(t.text());
        if (!m.find() || t.type() != TimexType.DATE) {
            return t;
        }
        int century = m.group(1).equalsIgnoreCase("nineteen") ? 1900 : 1800;
        int year = century + 10 * (TENS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1);
        int end = t.span().end();
        Matcher u = UNIT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 8)));
        if (u.find()) {
            year += UNITS.indexOf(u.group(1).toLowerCase(Locale.ROOT)) + 1;
            end += u.end();
        }
        String y = String.format(Locale.ROOT, "%04d", year);
        String value = t.value() != null && LEADING_YEAR.matcher(t.value()).find()
                ? y + t.value().substring(4) : y;
        Span span = new Span(t.span().start(), end);
        return new TimeExpression(span, span.of(text), t.type(), value, Precision.of(value), t.range());
    }
}
