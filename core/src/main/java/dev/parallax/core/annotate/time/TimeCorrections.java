package dev.parallax.core.annotate.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Parallax's corrections of a tagger's time expressions, each a pure function of the text, the
 * anchor and the expressions, applied in this order: periods the tagger missed added
 * ({@link PeriodFinder}), TimeML's value forms ({@link TimeMlValues}),
 * durations with a fraction ("5 1/2 hours", {@link FractionalDurations}),
 * words that are no time expression dropped ({@link NonTimeWords}), years spoken in words
 * ({@link SpelledYears}), calendar names placed by the
 * tense of their sentence ({@link CalendarAnchoring}), "N units ago" at the unit's precision
 * ({@link AgoExpressions}), "today is the eighth day" as the publication day ({@link OrdinalDays}),
 * "recent years" and "these days" as references ({@link VagueReferences}),
 * the periods of results reports ({@link ReportingPeriods}), days and years that point back at
 * the last named date ("later that year", {@link AnaphoricDates}), and the ranges the surrounding words
 * make ({@link RangeReader}).
 *
 * <p>Written by reading SUTime's errors on TempEval-3's TimeBank documents, then on AQUAINT's too
 * (neither set is held out any more).
 */
public final class TimeCorrections {
    private TimeCorrections() {}

    /**
     * The corrected expressions, in text order.
     *
     * @param text the text the expressions were found in
     * @param anchor the publication date they are read against, or null when unknown
     * @param tagged the tagger's expressions, in text order
     */
    public static List<TimeExpression> apply(String text, TimeAnchor anchor, List<TimeExpression> tagged) {
        List<TimeExpression> out = new ArrayList<>(tagged.size());
        for (TimeExpression t : PeriodFinder.apply(text, anchor, tagged)) {
            TimeExpression c = TimeMlValues.apply(t);
            if (NonTimeWords.isNoTime(text, anchor, c)) {
                continue;
            }
            c = FractionalDurations.apply(text, c);
            c = SpelledYears.apply(text, c);
            c = CalendarAnchoring.apply(text, anchor, c);
            c = AgoExpressions.apply(c);
            c = OrdinalDays.apply(text, anchor, c);
            c = VagueReferences.apply(text, anchor, c);
            out.add(c);
        }
        return List.copyOf(RangeReader.apply(text, AnaphoricDates.apply(text, ReportingPeriods.apply(text, anchor, out))));
    }
}
