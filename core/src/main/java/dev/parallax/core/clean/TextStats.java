package dev.parallax.core.clean;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, gathered in one pass: all its text, the part of it
 * inside links, and its "own" text — the text of inline content whose nearest block ancestor it is
 * (what a reader sees as the element's paragraph). Lengths count characters with whitespace runs
 * counted once; prose is the own text of blocks of at least {@value #PROSE_CHARS} characters, less
 * than half of it linked. A snapshot: it does not follow later changes to the tree.
 */
final class TextStats {
    /** Tags that start a new block of text; other tags are inline. */
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center", "dd",
            "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    /** The measures of one element. */
    static final class Counts {
        int chars;
        int linkChars;
        int ownChars;
        int ownLinkChars;
        int ownCommas;
        /** Own text of the element and its descendants that reads as running text: long blocks, few links. */
        int prose;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        double ownLinkDensity() {
            return ownChars == 0 ? 0 : (double) ownLinkChars / ownChars;
        }
    }

    /** A block's own text of at least this many characters, less than half of it linked, is prose. */
    static final int PROSE_CHARS = 25;

    private static final Counts NONE = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {}

    static TextStats measure(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(stats.new Collector(), root);
        return stats;
    }

    Counts of(Element e) {
        return counts.getOrDefault(e, NONE);
    }

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    /** Characters of text with each whitespace run counted as one, leading and trailing space ignored. */
    static int length(String text) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\f';
            if (!ws) {
                n += space && n > 0 ? 2 : 1;
            }
            space = ws;
        }
        return n;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    private final class Collector implements NodeVisitor {
        private final Deque<Counts> open = new ArrayDeque<>();
        private final Deque<Counts> blocks = new ArrayDeque<>();
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                Counts c = new Counts();
                counts.put(e, c);
                open.push(c);
                if (isBlock(e) || blocks.isEmpty()) {
                    blocks.push(c);
                }
                if (e.nameIs("a")) {
                    linkDepth++;
                }
            } else if (node instanceof TextNode t && !open.isEmpty()) {
                String s = t.getWholeText();
                int len = length(s);
                Counts here = open.peek();
                Counts block = blocks.peek();
                here.chars += len;
                block.ownChars += len;
                block.ownCommas += commas(s);
                if (linkDepth > 0) {
                    here.linkChars += len;
                    block.ownLinkChars += len;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                Counts c = open.pop();
                if (c.ownChars >= PROSE_CHARS && c.ownLinkChars * 2 < c.ownChars) {
                    c.prose += c.ownChars;
                }
                if (!open.isEmpty()) {
                    open.peek().chars += c.chars;
                    open.peek().linkChars += c.linkChars;
                    open.peek().prose += c.prose;
                }
                if (blocks.peek() == c) {
                    blocks.pop();
                }
                if (e.nameIs("a")) {
                    linkDepth--;
                }
            }
        }
    }
}
