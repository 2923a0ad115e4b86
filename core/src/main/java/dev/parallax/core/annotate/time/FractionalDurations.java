package dev.parallax.core.annotate.time;

import dev.parallax.core.annotate.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations with a fraction, which a tagger reads as the bare unit ("5 1/2 hours" → "hours",
 * {@code PTXH}), as the whole part ("a minute and a half" → {@code PT1M}, "1.5 hours" →
 * {@code PT1H}) or not at all: the span takes in the count and the fraction, and the value counts the
 * half in the next smaller unit, as TimeML writes it ("2 1/2 years" → {@code P2Y6M}, "5 1/2 hours"
 * → {@code PT5H30M}, "a day and a half" → {@code P1DT12H}).
 */
final class FractionalDurations {
    private static final String UNIT = "(year|month|week|day|hour|minute|second)s?";
    private static final String COUNT = "(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    /** "5 1/2 ", "5½ ", "two and a half ", "two-and-a-half-" before a bare unit. */
    private static final Pattern HALF_BEFORE = Pattern.compile(
            "(?i)\\b" + COUNT + "(?:\\s+1/2|\\s*½|[\\s-]+and[\\s-]+a[\\s-]+half)[\\s-]+$");
    private static final Pattern BARE_UNIT = Pattern.compile("(?i)^" + UNIT + "$");
    /** "a minute", "two years" followed by " and a half". */
    private static final Pattern COUNTED = Pattern.compile("(?i)^(?:.*\\s)?" + COUNT + "\\s+" + UNIT + "$");
    private static final Pattern HALF_AFTER = Pattern.compile("(?i)^\\s+and\\s+a\\s+half\\b");
    private static final Pattern DECIMAL = Pattern.compile("(?i)^(?:.*\\s)?(\\d+\\.\\d+)[\\s-]+" + UNIT + "$");

    private FractionalDurations() {}

    static TimeExpression apply(String text, TimeExpression t) {
        if (t.type() != TimexType.DURATION) {
            return t;
        }
        String s = t.text().strip();
        Span span = t.span();
        Matcher bare = BARE_UNIT.matcher(s);
        if (bare.matches()) {
            String before = text.substring(Math.max(0, span.start() - 30), span.start());
            Matcher half = HALF_BEFORE.matcher(before);
            if (half.find()) {
                Span whole = new Span(span.start() - (before.length() - half.start()), span.end());
                return withAmount(text, t, whole, count(half.group(1)).add(HALF), bare.group(1));
            }
            return t;
        }
        Matcher counted = COUNTED.matcher(s);
        if (counted.matches()) {
            Matcher half = HALF_AFTER.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 20)));
            if (half.find()) {
                return withAmount(text, t, new Span(span.start(), span.end() + half.end()), count(counted.group(1)).add(HALF),
                        counted.group(2));
            }
        }
        Matcher decimal = DECIMAL.matcher(s);
        if (decimal.matches()) {
            return withAmount(text, t, span, new BigDecimal(decimal.group(1)), decimal.group(2));
        }
        return t;
    }

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private static BigDecimal count(String word) {
        Integer n = NumberWords.of(word);
        return n != null ? BigDecimal.valueOf(n) : new BigDecimal(word);
    }

    private static TimeExpression withAmount(String text, TimeExpression t, Span span, BigDecimal amount, String unit) {
        String value = value(amount, unit.toLowerCase(Locale.ROOT));
        return new TimeExpression(span, span.of(text), TimexType.DURATION, value, Precision.of(value), t.range());
    }

    /** An amount of a unit as a TIMEX3 duration, the fraction in the next smaller unit (rounded to a whole one). */
    static String value(BigDecimal amount, String unit) {
        long whole = amount.longValue();
        BigDecimal rest = amount.subtract(BigDecimal.valueOf(whole));
        return switch (unit) {
            case "year" -> "P" + part(whole, "Y") + part(rest.multiply(BigDecimal.valueOf(12)), "M") + orZero(whole, rest, "Y");
            case "month" -> "P" + part(whole, "M") + part(rest.multiply(BigDecimal.valueOf(30)), "D") + orZero(whole, rest, "M");
            case "week" -> "P" + amount.multiply(BigDecimal.valueOf(7)).setScale(0, RoundingMode.HALF_UP) + "D";
            case "day" -> "P" + part(whole, "D") + (rest.signum() > 0 ? "T" + part(rest.multiply(BigDecimal.valueOf(24)), "H") : "")
                    + orZero(whole, rest, "D");
            case "hour" -> "PT" + part(whole, "H") + part(rest.multiply(BigDecimal.valueOf(60)), "M") + orZero(whole, rest, "H");
            case "minute" -> "PT" + part(whole, "M") + part(rest.multiply(BigDecimal.valueOf(60)), "S") + orZero(whole, rest, "M");
            default -> "PT" + amount.setScale(0, RoundingMode.HALF_UP) + "S";
        };
    }

    private static String part(long n, String unit) {
        return n > 0 ? n + unit : "";
    }

    private static String part(BigDecimal n, String unit) {
        long r = n.setScale(0, RoundingMode.HALF_UP).longValue();
        return r > 0 ? r + unit : "";
    }

    private static String orZero(long whole, BigDecimal rest, String unit) {
        return whole == 0 && rest.signum() == 0 ? "0" + unit : "";
    }
}
