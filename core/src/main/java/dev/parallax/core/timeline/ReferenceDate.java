package dev.parallax.core.timeline;

import dev.parallax.core.annotate.time.TimeExpression;
import java.util.regex.Pattern;

/**
 * A month or year that a sentence names as a reference, not as the time of the event it tells, so
 * that a timeline does not date the sentence by it:
 * <ul>
 *   <li>a date that qualifies a noun after a determiner or a possessive: "violates the 2015
 *       agreement", "the party's 2012 vice presidential candidate", "a 2016 presidential run";</li>
 *   <li>a point of comparison or a deadline: "the most since March 2012" (after a superlative; "has
 *       sent troops since last October" dates the start of what it tells, and stays), "up from
 *       2010", "lower than in 2009", "compared with 2014", "by early 2015".</li>
 * </ul>
 * A date that qualifies a happening ("won the 2016 election", "the 2011 earthquake") is its time
 * and stays. The event of such a sentence lies elsewhere (the violation, the candidate's revival, the rise),
 * and the date it names would be shown against the wrong words. Days are left alone: "the Sept. 11
 * attacks" dates its event.
 */
final class ReferenceDate {
    /** A determiner or a possessive right before the date. */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|whose)|\\p{L}['’]s?)\\s+$");
    /** A lower-case word right after the date, the noun (or its modifier) the date qualifies. */
    private static final Pattern NOUN_AFTER = Pattern.compile(
            "^[\\s-]+(?!(?:and|or|to|through|until|till|when|where|as|in|on|at|by|for|from|of|with|after|before|was|were|is|are|"
                    + "has|had|have|will|would|saw|brought|marked)\\b)\\p{Ll}");
    /**
     * A noun that names a dated happening, so that the date qualifying it is the happening's time:
     * "won the 2016 election", "since the 2011 earthquake" is still a reference by its "since".
     */
    private static final Pattern HAPPENING_AFTER = Pattern.compile(
            "(?i)^[\\s-]+(?:\\p{L}+\\s+)?(?:elections?|votes?|referendums?|primary|primaries|census|races?|seasons?|"
                    + "championships?|finals?|tournaments?|games|wars?|attacks?|bombings?|shootings?|earthquakes?|quakes?|"
                    + "floods?|storms?|crash|crashes|coup|invasion|revolution|uprising|protests?|riots?|summit|visit|"
                    + "meetings?|talks|elections)\\b");
    /** A word of comparison or deadline right before the date. */
    private static final Pattern COMPARISON_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:most|least|highest|lowest|largest|biggest|smallest|best|worst|fastest|slowest|strongest|weakest|"
                    + "deadliest|longest|shortest|greatest|warmest|coldest|hottest|wettest|driest|first time)\\b[^.;]{0,40}\\bsince"
                    + "|\\b(?:than|compared (?:with|to)|versus|vs\\.?|preceding|up from|down from|by))"
                    + "(?:\\s+(?:in|early|late|mid|the end of|the start of|the beginning of|the middle of))?\\s+$");

    private ReferenceDate() {}

    /**
     * @param text the article's text
     * @param t a month or year expression in it
     */
    static boolean is(String text, TimeExpression t) {
        String before = text.substring(Math.max(0, t.span().start() - 40), t.span().start());
        String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 30));
        return DETERMINER_BEFORE.matcher(before).find() && NOUN_AFTER.matcher(after).find()
                        && !HAPPENING_AFTER.matcher(after).find()
                || COMPARISON_BEFORE.matcher(before).find();
    }
}
