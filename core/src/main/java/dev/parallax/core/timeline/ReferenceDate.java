package dev.parallax.core.timeline;

import dev.parallax.core.annotate.time.TimeExpression;
import java.util.regex.Pattern;

/**
 * A month or year that a sentence names as a reference, not as the time of the event it tells, so
 * that a timeline does not date the sentence by it:
 * <ul>
 *   <li>a date that qualifies a noun after a determiner or a possessive: "violates the 2015
 *       agreement", "the party's 2012 vice presidential candidate", "a 2016 presidential run", "the landmark 2015
 *       nuclear deal", "a 2012 Harvard graduate"; not
 *       where the phrase opens the sentence, its subject ("The 2015 agreement was signed in …");</li>
 *   <li>the year that names a law or a document: "the Misuse of Drugs Act 1977", "the 1977 Act";</li>
 *   <li>a point of comparison or a deadline: "the most since March 2012" (after a superlative; "has
 *       sent troops since last October" and "at least 300 people have been killed since April" date
 *       the start of what they tell, and stay), "up from 2010", "lower than in 2009", "compared with
 *       2014", "rose 24 percent from 2001 to 2011", a deadline ("aims to sell it by early 2015"; "By 2015, the group held …" stays).</li>
 * </ul>
 * A date that qualifies a happening ("won the 2016 election", "the 2011 earthquake") is its time
 * and stays. The event of such a sentence lies elsewhere (the violation, the candidate's revival, the rise),
 * and the date it names would be shown against the wrong words. Days are left alone: "the Sept. 11
 * attacks" dates its event.
 */
final class ReferenceDate {
    /** A determiner or a possessive right before the date. */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|whose)|\\p{L}['’]s?)\\s+"
                    + "(?:(?!(?:year|month|week|summer|winter|spring|fall|autumn|end|start|beginning|middle|first|last|"
                    + "early|late|mid)\\b)(?-i:\\p{Ll}+)\\s+)?$");
    /** A law named by its year: "the 1977 Act", "the 2015 Bill". */
    private static final Pattern LAW_AFTER = Pattern.compile("^\\s+(?:Act|Bill|Law|Code)\\b");
    /** The name of a law or a document that ends on its year: "the Misuse of Drugs Act 1977". */
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?-i:\\b(?:Act|Bill|Law|Code|Order|Regulations|Rules|Report))\\s+$");
    /** A lower-case word right after the date, the noun (or its modifier) the date qualifies. */
    private static final Pattern NOUN_AFTER = Pattern.compile(
            "^[\\s-]+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}(?!(?:and|or|to|through|until|till|when|where|as|in|on|at|by|for|from|of|with|after|before|was|were|is|are|"
                    + "has|had|have|will|would|saw|brought|marked)\\b)\\p{Ll}");
    /**
     * A noun that names a dated happening, so that the date qualifying it is the happening's time:
     * "won the 2016 election", "since the 2011 earthquake" is still a reference by its "since".
     */
    private static final Pattern HAPPENING_AFTER = Pattern.compile(
            "(?i)^[\\s-]+(?:\\p{L}+\\s+)?(?:elections?|votes?|referendums?|primary|primaries|census|races?|seasons?|"
                    + "championships?|finals?|tournaments?|games|wars?|attacks?|bombings?|shootings?|earthquakes?|quakes?|"
                    + "tsunami|floods?|storms?|hurricanes?|fires?|explosions?|crash|crashes|collapse|coup|invasion|annexation|"
                    + "revolution|uprising|genocide|massacre|protests?|riots?|spill|crisis|outbreak|pandemic|epidemic|"
                    + "summit|visit|meetings?|talks|victory|win|defeat|death|killings?|assassination|arrest|conviction|"
                    + "trial|ruling|verdict)\\b");
    /** The opening of a sentence (the text's start, or after a sentence's closing mark) right before a determiner. */
    private static final Pattern SENTENCE_OPENING = Pattern.compile("(?:^|[.!?][\"”’]?\\s+|\\n\\s*)\\S+\\s+$");
    /** A word of what is to come before "by": "aims to sell it by 2015", "will be finished by March". */
    private static final Pattern FUTURE_BEFORE = Pattern.compile(
            "(?i)\\b(?:will|would|shall|aims?|aimed|plans?|planned|expects?|expected|hopes?|hoped|intends?|intended|"
                    + "wants?|target|targets|goal|pledged?|promised?|vowed?|set to|due to|should|must|deadline|"
                    + "seeks?|seeking|sought to|proposes?|proposed|projects?|projected|forecasts?|scheduled|slated|on track)\\b");
    /** A word of comparison or deadline right before the date. */
    private static final Pattern COMPARISON_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:the (?:most|least)|highest|lowest|largest|biggest|smallest|best|worst|fastest|slowest|strongest|"
                    + "weakest|deadliest|longest|shortest|greatest|warmest|coldest|hottest|wettest|driest|first time)\\b[^.;]{0,40}"
                    + "\\bsince|\\b(?:than|compared (?:with|to)|versus|vs\\.?|preceding|up from|down from)"
                    + "|\\b(?:rose|fell|grew|increased|decreased|dropped|climbed|declined|jumped|doubled|tripled|halved)\\b"
                    + "[^.;]{0,40}\\bfrom(?:\\s+\\d{4}\\s+(?:to|and|through))?)"
                    + "(?:\\s+(?:in|early|late|mid|the end of|the start of|the beginning of|the middle of))?\\s+$");

    /**
     * A point of comparison some words before the date: "46 shootings compared to 56 during the same
     * period in 2011", "eight more babies this June than it did in June 2013", "increased from 265 in
     * 2013 to 385 in 2014" (the first year; the second, after "to", is the period told).
     */
    private static final Pattern COMPARED_EARLIER = Pattern.compile(
            "(?i)(?:\\bcompared (?:with|to)|\\bthan (?:it|they|he|she|we|there|that|those|this) (?:did|was|were|had|has|have|is|are|do|does)"
                    + "|\\bfrom\\s+[$€£]?\\d[\\d.,]*\\b)(?:(?!\\bto\\b)[^.;,]){0,40}?\\b(?:in|during|for|of)\\s+"
                    + "(?:(?:early|late|mid)\\s+)?$");

    private static final Pattern BY_BEFORE = Pattern.compile(
            "(?i)\\bby(?:\\s+(?:early|late|mid|the end of|the start of|the middle of))?\\s+$");

    private ReferenceDate() {}

    /**
     * @param text the article's text
     * @param t a month or year expression in it
     */
    static boolean is(String text, TimeExpression t) {
        String before = text.substring(Math.max(0, t.span().start() - 40), t.span().start());
        String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 30));
        if (DETERMINER_BEFORE.matcher(before).find() && NOUN_AFTER.matcher(after).find() && !HAPPENING_AFTER.matcher(after).find()
                && !SENTENCE_OPENING.matcher(before).find()) {
            return true;
        }
        String further = text.substring(Math.max(0, t.span().start() - 70), t.span().start());
        if (COMPARISON_BEFORE.matcher(before).find() || COMPARED_EARLIER.matcher(further).find()
                || NAMED_BEFORE.matcher(before).find() || LAW_AFTER.matcher(after).find()) {
            return true;
        }
        // "by 2015" is a deadline after a word of what is to come; "By 2015, the group held …" tells a past fact
        String clause = text.substring(Math.max(0, t.span().start() - 120), t.span().start());
        int sentence = Math.max(clause.lastIndexOf(". "), clause.lastIndexOf('\n'));
        clause = clause.substring(sentence + 1);
        return BY_BEFORE.matcher(clause).find() && FUTURE_BEFORE.matcher(clause).find();
    }
}
