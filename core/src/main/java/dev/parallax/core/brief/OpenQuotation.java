package dev.parallax.core.brief;

import java.util.regex.Pattern;

/**
 * Whether a sentence starts inside a quotation that an earlier sentence of its paragraph opened:
 * the middle of "“It's an emotional issue. I'm trying to be respectful. It's bigger than us,” he
 * said." The middle sentence carries no quotation mark of its own, so read alone it passes for the
 * outlet's own statement, and its speaker is named elsewhere. So does a sentence of a paragraph set
 * off after one that ends with a colon and speaking in the first person ("Cosby’s reply:" and then
 * his words, a block quotation; not the outlet's own list after "Here is what is known:"), every
 * sentence of a transcript, and of an embedded post ("If this is true, does not get much bigger. —
 * Donald J. Trump (@realDonaldTrump) March 31, 2017").
 */
final class OpenQuotation {
    private OpenQuotation() {}

    /** A line that announces a transcript or a full text after it: "Full transcript of … as released by the White House:". */
    private static final Pattern TRANSCRIPT_HEADER = Pattern.compile(
            "(?im)^[^\\n]{0,300}\\b(?:transcript|full text|complete text|text of (?:the|his|her|their)|prepared remarks|"
                    + "remarks as prepared|as prepared for delivery)\\b[^\\n]{0,300}:[\\h]*$");

    /** An embedded post's signature closing its paragraph: "— Donald J. Trump (@realDonaldTrump) March 31, 2017". */
    private static final Pattern POST_SIGNATURE = Pattern.compile(
            "[—–-]\\s*[^()\\n]{1,60}\\(@\\w{1,30}\\)\\s*\\p{L}+\\.?\\s+\\d{1,2},\\s+\\d{4}\\s*$");

    /**
     * @param text the article text
     * @param start where the sentence starts in it
     */
    static boolean at(String text, int start) {
        if (inTranscript(text, start)) {
            return true;
        }
        int from = start;
        while (from > 0 && text.charAt(from - 1) != '\n') {
            from--;
        }
        int lineEnd = text.indexOf('\n', start);
        if (POST_SIGNATURE.matcher(text.substring(from, lineEnd < 0 ? text.length() : lineEnd)).find()) {
            return true; // an embedded post: its words are its author's, named only in its signature
        }
        int before = from;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        if (before > 0 && before < from && text.charAt(before - 1) == ':') {
            int end = text.indexOf('\n', from);
            // the speaker's own voice tells a block quotation from the outlet's list after "Here is what we know:"
            return StandaloneFilter.speaksInFirstPerson(text.substring(from, end < 0 ? text.length() : end));
        }
        int straight = 0;
        int open = 0;
        for (int i = from; i < start; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '“') {
                open++;
            } else if (c == '”') {
                open = Math.max(0, open - 1);
            }
        }
        return straight % 2 == 1 || open > 0;
    }

    /**
     * Whether the sentence comes after a line that announces a transcript or a full text ("Full
     * transcript of President Obama's remarks …, as released by the White House:"): every sentence
     * there is the speaker's, however it reads. Speakers' labels alone ("MARTIN: …", "Q: … A: …")
     * do not make a transcript someone else's: a radio host's narration and an explainer's answers
     * are the outlet's own words.
     */
    private static boolean inTranscript(String text, int start) {
        return TRANSCRIPT_HEADER.matcher(text.substring(0, start)).find();
    }
}
