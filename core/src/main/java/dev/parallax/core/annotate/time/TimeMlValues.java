package dev.parallax.core.annotate.time;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings a tagger's values to TimeML 1.2.1's forms: a decade is {@code 197}, not {@code 197X}, a
 * century {@code 19}, not {@code 19XX}, and both are DATEs; a time's value carries no zone offset
 * ({@code T17:00}, not {@code T17:00-0500}); "centuries" and "decades" count in their own units
 * ({@code PXC}, {@code PXE}), and quarters in quarters ({@code P2Q}, not {@code P6M}).
 */
final class TimeMlValues {
    private static final Pattern DECADE = Pattern.compile("\\d{3}X");
    private static final Pattern CENTURY = Pattern.compile("\\d{2}XX");
    private static final Pattern MONTHS = Pattern.compile("^P(\\d+|X)M$");
    private static final Pattern ZONE = Pattern.compile("(T[\\d:]+)(?:Z|[+-]\\d{2}:?\\d{2})$");

    private TimeMlValues() {}

    static TimeExpression apply(TimeExpression t) {
        String v = t.value();
        if (v == null) {
            return t;
        }
        String lower = t.text().toLowerCase(Locale.ROOT);
        TimeExpression out = t;
        if (DECADE.matcher(v).matches()) {
            out = asDate(t, v.substring(0, 3));
        } else if (CENTURY.matcher(v).matches()) {
            out = asDate(t, v.substring(0, 2));
        } else if (ZONE.matcher(v).find()) {
            out = t.withValue(ZONE.matcher(v).replaceFirst("$1"));
        } else if (t.type() == TimexType.DURATION && v.equals("PXY") && lower.contains("centur")) {
            out = t.withValue("PXC");
        } else if (t.type() == TimexType.DURATION && v.equals("PXY") && lower.contains("decade")) {
            out = t.withValue("PXE");
        } else if (lower.contains("quarter") && MONTHS.matcher(v).matches()) {
            String n = MONTHS.matcher(v).replaceFirst("$1");
            out = n.equals("X") ? t.withValue("PXQ")
                    : Integer.parseInt(n) % 3 == 0 ? t.withValue("P" + Integer.parseInt(n) / 3 + "Q") : t;
        }
        return out;
    }

    private static TimeExpression asDate(TimeExpression t, String value) {
        return new TimeExpression(t.span(), t.text(), TimexType.DATE, value, Precision.of(value), t.range());
    }
}
