package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations: runs of text between double quotation marks — straight ("…"), curly (“…”),
 * low-high („…“), guillemets («…», »…«) or two apostrophes (''…''). A quotation never crosses a paragraph (line) break,
 * except in the newspaper convention where a quoted paragraph is left open and the next one
 * opens again: then the quotation runs on until it is closed. A quotation left open at the end
 * of its paragraph with no such continuation ends there: unbalanced marks in scraped text cut a
 * quote short rather than swallow the rest of the article. Stateless and thread-safe.
 */
final class QuoteScanner {
    private QuoteScanner() {}

    /** The quotations of {@code text}, in order, each span including its marks. */
    static List<Span> quotes(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int open = -1;
        char closer = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (open >= 0) {
                    int next = nextParagraph(text, i);
                    if (next < n && isOpener(text, next)) {
                        i = next + (text.charAt(next) == '\'' ? 2 : 1);     // the quotation goes on in the next paragraph
                        continue;
                    }
                    out.add(new Span(open, trimEnd(text, open, i)));
                    open = -1;
                }
                i++;
                continue;
            }
            if (open < 0) {
                if (isOpener(text, i)) {
                    open = i;
                    closer = closerFor(c);
                }
            } else if (closer == '\'' && text.startsWith("''", i)) {
                out.add(new Span(open, i + 2));
                open = -1;
                i += 2;
                continue;
            } else if (closer != '\'' && closes(text, i, closer)) {
                out.add(new Span(open, i + 1));
                open = -1;
            }
            if (open >= 0 && closer == '\'' && open == i) {
                i += 2;                       // past the second mark of an opening ''
                continue;
            }
            i++;
        }
        if (open >= 0) {
            out.add(new Span(open, trimEnd(text, open, n)));
        }
        return List.copyOf(out);
    }

    private static int nextParagraph(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int trimEnd(String text, int from, int to) {
        int e = to;
        while (e > from + 1 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean isOpener(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '“', '„', '«' -> true;
            case '»' -> i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1)) && spaceOrStartBefore(text, i);
            case '"' -> spaceOrStartBefore(text, i) && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            // Two apostrophes for a double quotation mark, the typewriter convention of some archives: ''Yes,'' he said.
            case '\'' -> text.startsWith("''", i) && spaceOrStartBefore(text, i) && i + 2 < text.length()
                    && !Character.isWhitespace(text.charAt(i + 2)) && text.charAt(i + 2) != '\'';
            default -> false;
        };
    }

    private static boolean spaceOrStartBefore(String text, int i) {
        if (i == 0) {
            return true;
        }
        char p = text.charAt(i - 1);
        return Character.isWhitespace(p) || "([{—–-:/".indexOf(p) >= 0;
    }

    private static char closerFor(char opener) {
        return switch (opener) {
            case '“' -> '”';
            case '„' -> '“';
            case '«' -> '»';
            case '»' -> '«';
            case '\'' -> '\'';
            default -> '"';
        };
    }

    private static boolean closes(String text, int i, char closer) {
        char c = text.charAt(i);
        if (c == closer) {
            return true;
        }
        // Mixed marks are common in scraped text: “…" and "…”.
        return (closer == '”' && c == '"') || (closer == '"' && c == '”');
    }
}
