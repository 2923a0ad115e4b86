package dev.parallax.eval.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TIMEX3 values compared in their canonical form, so that two spellings of one value count as the
 * same: a decade or century with its unknown digits written out ("198X" is "198", "19XX" is "19")
 * and an ISO week of one digit ("2000-W7" is "2000-W07"). Some TempEval-3 gold values (AQUAINT's
 * most of all) use the longer spellings; Parallax and SUTime write the canonical ones. Values that
 * say something else — "1968-XX" (a month of 1968) against "1968" — stay different.
 */
final class TimexValues {
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d)(?!\\d)(.*)$");
    private static final Pattern UNKNOWN_YEAR_DIGITS = Pattern.compile("^(\\d{2}|\\d{3})X+$");

    private TimexValues() {}

    static boolean same(String system, String gold) {
        return system != null && gold != null && canonical(system).equals(canonical(gold));
    }

    static String canonical(String v) {
        Matcher w = WEEK.matcher(v);
        if (w.matches()) {
            return w.group(1) + "-W0" + w.group(2) + w.group(3);
        }
        Matcher x = UNKNOWN_YEAR_DIGITS.matcher(v);
        if (x.matches() && v.length() == 4) {
            return x.group(1);
        }
        return v;
    }
}
