package dev.parallax.core.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Classifies one line of scraped text by its shape alone: prose, a teaser for another article,
 * a wire or site disclaimer, a date/byline stamp, or other short furniture (section names,
 * navigation, headlines). The patterns are the general furniture of news pages, not any one site's.
 */
enum LineKind {
    PROSE, TEASER, DISCLAIMER, STAMP, SHORT,
    /** A call to subscribe, share or follow; named by {@link TextFurniture} on the text path only. */
    PROMPT,
    /**
     * Another article's headline and blurb run together ("Ford Recalls F-150s; Loose Cable Can Cause
     * StallingFord is recalling …"), or words run together without punctuation (a tag cloud, a menu
     * flattened to one line); named by {@link TextFurniture} on the text path only.
     */
    BLURB;

    /** "Also read | …", "READ MORE: …", "Watch: …" and other pointers to other pages. */
    private static final Pattern TEASER_LINE = Pattern.compile(
            "^(also\\s+read|read\\s+more|read\\s+also|also\\s+see|see\\s+also|also\\s+watch|watch|listen|"
                    + "related(\\s+(stories|articles|news|coverage))?|recommended|must\\s+read|don'?t\\s+miss|"
                    + "trending|more\\s+from|more\\s+on\\s+this|click\\s+here|subscribe|sign\\s+up|follow\\s+us|"
                    + "download\\s+(the|our)\\s+app|open\\s+in\\s+app|advertisement|sponsored|promoted)"
                    + "\\b\\s*(\\||:|–|—|-|>|»|$)",
            Pattern.CASE_INSENSITIVE);

    /** Notes about how the copy was produced, legal lines, cookie and privacy notices, standing disclaimers. */
    private static final Pattern DISCLAIMER_LINE = Pattern.compile(
            "(auto-?generated|auto-?published|has not been (edited|reviewed)|not been (edited|reviewed) by|"
                    + "may not have (been )?(modified|edited)|from (a |an )?(syndicated|agency) (news )?feed|"
                    + "all rights reserved|^\\s*(©|copyright\\b|\\(c\\)\\s*\\d{4})|^disclaimer\\b|"
                    + "\\buses? cookies\\b|\\bcookie (policy|settings|preferences)\\b|\\baccept (all )?cookies\\b|"
                    + "\\b(our|the) privacy policy\\b|\\bterms (of (use|service)|and conditions)\\b|"
                    // a map's or a publication's standing disclaimer: "… do not imply the expression of any opinion whatsoever …"
                    + "\\bdo(es)? not (necessarily )?imply (the expression of )?any opinion\\b|"
                    + "\\b(views|opinions) expressed (here|herein|in this (article|piece|column|post))? ?(are|do not)\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Updated: …", "Published April 28th 2025", "By AGENCY | Updated …", "By Jane Doe, Public Affairs /
     * Published March 24, 2017", "Posted 2023-06-03".
     */
    private static final Pattern STAMP_LINE = Pattern.compile(
            "^(\\(?(updated|published|posted|last\\s+updated|first\\s+published|date|dated)\\b|by\\s+\\S.{0,80}(?:\\||/\\s*(?:published|updated|posted|last updated)\\b))",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)\\]]*$|[\"”’]$");

    static LineKind of(String line) {
        String l = line.strip();
        int words = dev.parallax.core.annotate.Words.count(l);
        if (TEASER_LINE.matcher(l).find()) {
            return TEASER;
        }
        if (DISCLAIMER_LINE.matcher(l).find()) {
            return DISCLAIMER;
        }
        if (STAMP_LINE.matcher(l).find() && words <= 16 && DateStamps.containsDate(l)
                || StampLines.TIME_ONLY.matcher(l).matches()) {
            return STAMP;
        }
        if (l.endsWith("...") || l.endsWith("…")) {
            return TEASER; // a blurb cut short: it points at text that lives elsewhere
        }
        boolean ends = SENTENCE_END.matcher(l).find();
        if ((ends && words >= 4) || words >= 20) {
            return PROSE;
        }
        return SHORT;
    }

    static String normalizedKey(String line) {
        return line.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
