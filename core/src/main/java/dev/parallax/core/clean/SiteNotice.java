package dev.parallax.core.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells by its shape a sentence that speaks about the page, the site or the web rather than the
 * news: a notice of an archive's crawl, a social network's settings, a form to fill in, a note of
 * the page's own corrections. Such a
 * sentence addresses the reader ("you", "your") or the site itself ("our site", "this page") and
 * names the machinery of the web, or names several pieces of that machinery at once (crawls,
 * archives, browsers, cookies, scripts). Scraped pages carry these notices whole, and they sit
 * close enough to some story centroid to be chosen; a word list of the web's own furniture is
 * general, no outlet or event is named.
 */
public final class SiteNotice {
    /** The web's machinery: what a page, a crawler or a social network is made of. */
    private static final Pattern WEB_TERM = Pattern.compile(
            "\\b(crawl|crawls|crawler|crawlers|crawled data|archive|archives|archived|archiving|internet|web|website|websites|"
                    + "web sites?|webpage|browser|browsers|javascript|cookie|cookies|tweets?|retweets?|app|apps|"
                    + "download|downloads|robots\\.txt|warc|url|urls|online|e-?mail|newsletter|mailing list|"
                    + "subscription|subscribers?|account|log in|login|sign in|password|settings|location history|"
                    + "third-party applications?|software|form below|contact details|pop-?up|ad ?blocker|"
                    + "site|page|feed|comments? section)\\b", Pattern.CASE_INSENSITIVE);
    /** Words a notice uses to talk to its reader or about its own site, or a request to the reader ("Please enable …"). */
    private static final Pattern ADDRESS = Pattern.compile(
            "\\b(you|your|yours|you're|you'll|you've)\\b|\\b(our|this) (site|website|page|service|archive|newsletter|app)\\b"
                    + "|^please\\b",
            Pattern.CASE_INSENSITIVE);
    /** Pieces of machinery that news prose rarely names together unless it is a notice. */
    private static final Pattern MACHINERY = Pattern.compile(
            "\\b(crawl|crawls|crawler|crawlers|archive|archives|warc|robots\\.txt|javascript|cookies?|browsers?|"
                    + "web sites?|websites?|seed list|wayback)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A note of the page's own editing: "Correction added Nov. 18, 2019: …", "Clarification: …",
     * "Editor's note: …", "An earlier version of this article misstated …", "This story has been
     * corrected …", "This story is updated at the bottom with …", a print edition's "A version of
     * this article appeared August 24, 2012, on page A11 …" and a copyright line ("Copyright (c) 2012
     * by …"). It tells what the page got wrong, changed or printed, not what happened.
     */
    private static final Pattern EDITORS_NOTE = Pattern.compile(
            "^\\W{0,3}(?:(?:corrections?|clarifications?)(?:\\s+(?:added|appended|made|issued)\\b[^:]{0,30})?"
                    + "|editor['’]s note)\\s*:"
                    + "|\\b(?:an earlier|a previous|the original) version of this (?:story|article|post)\\b"
                    + "|\\bthis (?:story|article|report|post) (?:has been|was) (?:corrected|clarified|amended)\\b"
                    + "|\\bthis (?:story|article|post) (?:has been|was|is|will be) updated\\b"
                    + "|\\ba version of this (?:story|article|review) (?:appears|appeared)\\b"
                    + "|^\\W*(?:copyright|©)\\s*(?:\\(c\\)|©)?\\s*\\d{4}\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A video player's or an encyclopedia's own line, carried whole by scraped text: "Rating is
     * available when the video has been rented.", "This feature is not available right now.", "Video
     * unavailable", "This video is private.", "From Wikipedia, the free encyclopedia".
     */
    private static final Pattern PLAYER_OR_WIKI = Pattern.compile(
            "\\bwhen the video has been rented\\b"
                    + "|^\\W*this (?:video|feature|content) is (?:not|no longer|currently not|currently un)\\s?available\\b"
                    + "|^\\W*(?:this )?video (?:is )?(?:unavailable|private)\\W*$"
                    + "|^\\W*from wikipedia, the free encyclopedia\\W*$"
                    + "|^\\W*jump to (?:navigation|search)\\b",
            Pattern.CASE_INSENSITIVE);

    private SiteNotice() {}

    /** How many distinct web terms the sentence names. */
    public static int webTerms(String sentence) {
        return distinct(WEB_TERM.matcher(sentence));
    }

    /** Whether the sentence names any piece of the web's machinery (a crawl, a site, a browser, a tweet …). */
    public static boolean namesTheWeb(String sentence) {
        return WEB_TERM.matcher(sentence).find() || MACHINERY.matcher(sentence).find();
    }

    /**
     * Whether the sentence talks to its reader or about its own site; a "you" inside a quotation
     * is someone speaking, so sentences that quote are not counted.
     */
    public static boolean addressesReader(String sentence) {
        return sentence.indexOf('"') < 0 && sentence.indexOf('“') < 0 && ADDRESS.matcher(sentence).find();
    }

    /** Whether the sentence reads as a notice of the page or the web rather than news. */
    public static boolean is(String sentence) {
        String line = sentence.strip();
        return (addressesReader(sentence) && webTerms(sentence) >= 1) || distinct(MACHINERY.matcher(sentence)) >= 2
                || EDITORS_NOTE.matcher(line).find() || PLAYER_OR_WIKI.matcher(line).find();
    }

    private static int distinct(Matcher m) {
        Set<String> seen = new HashSet<>();
        while (m.find()) {
            seen.add(m.group().toLowerCase(Locale.ROOT).replaceAll("s$", ""));
        }
        return seen.size();
    }
}
