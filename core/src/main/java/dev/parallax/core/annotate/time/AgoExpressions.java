package dev.parallax.core.annotate.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Two years ago", "five months earlier", "six weeks ago": a date as precise as the unit counted,
 * not a day — "two years ago" from 1998-02-19 is 1998 − 2 = {@code 1996}, not 1996-02-19, since
 * the writer counted years ("a decade ago" too is a year). A vague count ("several years ago", "a few weeks ago") is only
 * {@code PAST_REF}: any single value would claim more than the text says.
 */
final class AgoExpressions {
    private static final Pattern AGO = Pattern.compile(
            "\\b(\\S+)\\s+(?:more\\s+)?(decade|year|month|week|day)s?\\s+(ago|earlier|before)\\b");
    private static final Pattern VAGUE = Pattern.compile("several|few|many|some|couple|number");
    private static final Pattern DATED = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");

    private AgoExpressions() {}

    static TimeExpression apply(TimeExpression t) {
        if (t.type() != TimexType.DATE || t.value() == null) {
            return t;
        }
        Matcher m = AGO.matcher(t.text().toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return t;
        }
        if (VAGUE.matcher(m.group(1)).matches()) {
            return t.withValue("PAST_REF");
        }
        Matcher d = DATED.matcher(t.value());
        if (!d.matches()) {
            return t;
        }
        LocalDate date = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
        return switch (m.group(2)) {
            case "decade", "year" -> t.withValue(d.group(1));
            case "month" -> t.withValue(d.group(1) + "-" + d.group(2));
            case "week" -> t.withValue(CalendarAnchoring.isoWeek(date));
            default -> t.withValue(date.toString());
        };
    }
}
