package dev.parallax.core.annotate.time;

import java.util.regex.Pattern;

/**
 * How finely a normalised TIMEX3 value pins down time: the smallest unit it names. A duration's
 * precision is the unit it counts in ({@code P2W} is {@link #WEEK}).
 */
public enum Precision {
    CENTURY, DECADE, YEAR, HALF_YEAR, QUARTER, SEASON, MONTH, WEEK, DAY, PART_OF_DAY, HOUR, MINUTE, SECOND,
    /** No calendar position: {@code PAST_REF}, {@code PRESENT_REF}, {@code FUTURE_REF}, or a value not read. */
    NONE;

    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PART_OF_DAY_SUFFIX = Pattern.compile("T(MO|AF|EV|NI|DT)");

    /** The precision of a TIMEX3 value such as {@code 2025-04-26}, {@code 1998-W32}, {@code P3Y}; {@link #NONE} for null. */
    public static Precision of(String value) {
        if (value == null || value.isEmpty() || value.endsWith("_REF")) {
            return NONE;
        }
        if (value.startsWith("P")) {
            return ofDuration(value);
        }
        int t = value.indexOf('T');
        if (t >= 0) {
            return ofTime(value.substring(t));
        }
        return ofDate(value);
    }

    private static Precision ofDate(String v) {
        if (DAY_VALUE.matcher(v).matches() || v.matches("\\d{4}-W\\d{2}-\\d")) {
            return DAY;
        }
        if (v.matches("\\d{4}-W\\d{2}(-WE)?")) {
            return WEEK;
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            return MONTH;
        }
        if (v.matches("\\d{4}-(SP|SU|FA|WI)")) {
            return SEASON;
        }
        if (v.matches("\\d{4}-Q\\d")) {
            return QUARTER;
        }
        if (v.matches("\\d{4}-H\\d")) {
            return HALF_YEAR;
        }
        if (v.matches("\\d{4}")) {
            return YEAR;
        }
        if (v.matches("\\d{3}X?")) {
            return DECADE;
        }
        if (v.matches("\\d{2}(XX)?")) {
            return CENTURY;
        }
        return NONE;
    }

    private static Precision ofTime(String t) {
        if (PART_OF_DAY_SUFFIX.matcher(t).matches()) {
            return PART_OF_DAY;
        }
        int colons = (int) t.chars().filter(c -> c == ':').count();
        return colons >= 2 ? SECOND : colons == 1 ? MINUTE : HOUR;
    }

    private static Precision ofDuration(String v) {
        char unit = v.charAt(v.length() - 1);
        boolean timePart = v.contains("T");
        return switch (unit) {
            case 'Y' -> YEAR;
            case 'E' -> DECADE;
            case 'C' -> CENTURY;
            case 'Q' -> QUARTER;
            case 'W' -> WEEK;
            case 'D' -> DAY;
            case 'H' -> HOUR;
            case 'M' -> timePart ? MINUTE : MONTH;
            case 'S' -> SECOND;
            default -> NONE;
        };
    }
}
