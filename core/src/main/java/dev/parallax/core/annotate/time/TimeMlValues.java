package dev.parallax.core.annotate.time;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings a tagger's values to TimeML 1.2.1's forms: a decade is {@code 197}, not {@code 197X}, a
 * century {@code 19}, not {@code 19XX}, and both are DATEs; a time's value carries no zone offset
 * ({@code T17:00}, not {@code T17:00-0500}); "centuries" and "decades" count in their own units
 * ({@code PXC}, {@code PXE}), and quarters in quarters ({@code P2Q}, not {@code P6M}); a year range
 * written short in prose ("served from 2007-09") is its first year, not a month.
 */
final class TimeMlValues {
    private static final Pattern DECADE = Pattern.compile("\\d{3}X");
    /** A year and the last two digits of a later one: "2007-09", "1998–99". */
    private static final Pattern YEAR_RANGE_TEXT = Pattern.compile("(?:19|20)\\d{2}[-–]\\d{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
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
        if (YEAR_RANGE_TEXT.matcher(t.text().strip()).matches() && YEAR_MONTH.matcher(v).matches()
                && Integer.parseInt(t.text().strip().substring(5)) > Integer.parseInt(t.text().strip().substring(2, 4))) {
            // "from 2007-09" in prose is the years 2007 to 2009, not September 2007: the first year
            out = t.withValue(v.substring(0, 4));
        } else if (DECADE.matcher(v).matches()) {
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
