package dev.parallax.core.brief;

/**
 * Whether a sentence starts inside a quotation that an earlier sentence of its paragraph opened:
 * the middle of "“It's an emotional issue. I'm trying to be respectful. It's bigger than us,” he
 * said." The middle sentence carries no quotation mark of its own, so read alone it passes for the
 * outlet's own statement, and its speaker is named elsewhere. So does a sentence of a paragraph set
 * off after one that ends with a colon and speaking in the first person ("Cosby’s reply:" and then
 * his words, a block quotation; not the outlet's own list after "Here is what is known:").
 */
final class OpenQuotation {
    private OpenQuotation() {}

    /**
     * @param text the article text
     * @param start where the sentence starts in it
     */
    static boolean at(String text, int start) {
        int from = start;
        while (from > 0 && text.charAt(from - 1) != '\n') {
            from--;
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
}
