package dev.parallax.core.annotate.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Two years ago", "five months earlier", "six weeks ago": a date as precise as the unit counted,
 * not a day — "two years ago" from 1998-02-19 is 1998 − 2 = {@code 1996}, not 1996-02-19, since
 * the writer counted years ("a decade ago" too is a year). A vague count ("several years ago", "a few weeks ago") is only
 * {@code PAST_REF}: any single value would claim more than the text says. "Three days later" is
 * a duration ({@code P3D}), as TimeML writes it: it counts from an event, not from publication.
 */
final class AgoExpressions {
    private static final Pattern AGO = Pattern.compile(
            "\\b(\\S+)\\s+(?:more\\s+)?(decade|year|month|week|day)s?\\s+(ago|earlier|before)\\b");
    private static final Pattern VAGUE = Pattern.compile("several|few|many|some|couple|number");
    /** "three days later", "a decade later", "a few weeks later": counted from an event the text told, not from publication. */
    private static final Pattern LATER = Pattern.compile(
            "^(?:(?:about|some|nearly|almost|just|only|more than|less than|over)\\s+)?(?:a\\s+)?(\\S+)\\s+"
                    + "(decade|year|month|week|day|hour|minute)s?\\s+later$");

    private static final Pattern DATED = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");

    private AgoExpressions() {}

    static TimeExpression apply(TimeExpression t) {
        if (t.type() != TimexType.DATE || t.value() == null) {
            return t;
        }
        Matcher later = LATER.matcher(t.text().toLowerCase(Locale.ROOT));
        if (later.matches()) {
            return laterAsLength(t, later.group(1), later.group(2));
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

    /**
     * "Three days later" is the length between an event the text told and the next, which TimeML
     * writes as a duration ({@code P3D}); a tagger counts it from publication instead and puts a
     * past event in the future ("almost a decade later" read in 2019 as 2029).
     */
    private static TimeExpression laterAsLength(TimeExpression t, String count, String unit) {
        Integer counted = NumberWords.of(count);
        if (counted == null && !VAGUE.matcher(count).matches()) {
            return t;
        }
        String n = counted == null ? "X" : counted.toString();
        String value = switch (unit) {
            case "decade" -> "P" + n + "E";
            case "hour" -> "PT" + n + "H";
            case "minute" -> "PT" + n + "M";
            default -> "P" + n + Character.toUpperCase(unit.charAt(0));
        };
        return new TimeExpression(t.span(), t.text(), TimexType.DURATION, value, Precision.of(value), t.range());
    }
}
