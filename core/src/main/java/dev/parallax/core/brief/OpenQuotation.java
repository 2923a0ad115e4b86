package dev.parallax.core.brief;

/**
 * Whether a sentence starts inside a quotation that an earlier sentence of its paragraph opened:
 * the middle of "“It's an emotional issue. I'm trying to be respectful. It's bigger than us,” he
 * said." The middle sentence carries no quotation mark of its own, so read alone it passes for the
 * outlet's own statement, and its speaker is named elsewhere.
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
