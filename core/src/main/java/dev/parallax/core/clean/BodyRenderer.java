package dev.parallax.core.clean;

import dev.parallax.core.annotate.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders the body's elements to paragraphs, one per block of text, joined with blank lines.
 *
 * <p>Inside the body it leaves out what is not the article's running text: headlines
 * ({@code h1}), containers that are mostly links (related-story lists, tag clouds, link rails),
 * paragraphs that are mostly one link ("Read more: …"), teaser and disclaimer lines
 * ({@link LineKind}), and sub-headings with no body text after them. Sub-headings and lists that
 * stand between paragraphs of the body stay.
 */
final class BodyRenderer {
    private static final Set<String> CONTAINERS = Set.of("div", "section", "ul", "ol", "dl", "table", "article",
            "span", "center", "aside");
    /** A paragraph this long is body text even when it ends in an ellipsis (a paywall's cut). */
    private static final int TEASER_WORDS = 20;
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    /** One rendered block. */
    private record Paragraph(String text, int chars, int linkChars, boolean heading) {}

    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int currentLinkChars;
    private boolean currentHeading;
    private TextStats stats;

    private BodyRenderer() {}

    static String render(List<Element> body) {
        BodyRenderer r = new BodyRenderer();
        for (Element e : body) {
            r.stats = TextStats.measure(e);
            r.visit(e, true, 0);
            r.flush();
        }
        return r.text();
    }

    private void visit(Element e, boolean root, int linkDepth) {
        String tag = e.normalName();
        if (tag.equals("h1") || (!root && linkDepth == 0 && CONTAINERS.contains(tag) && !inlineInParagraph(e)
                && isLinkList(e))) {
            return;
        }
        boolean block = TextStats.isBlock(e) || tag.equals("br");
        if (block) {
            flush();
            currentHeading = HEADINGS.contains(tag);
        }
        int links = linkDepth + (tag.equals("a") ? 1 : 0);
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                append(t.getWholeText(), links > 0);
            } else if (child instanceof Element c) {
                visit(c, false, links);
            }
        }
        if (block) {
            flush();
        }
    }

    /**
     * A span inside a paragraph that holds one link is part of its sentence ("Carlineo was <span><a>
     * arrested</a></span> in April"); only the paragraph as a whole is judged for links. A span of
     * several links, or one labelled as a pointer ("Related: …"), is not.
     */
    private static boolean inlineInParagraph(Element e) {
        if (!e.nameIs("span") || e.select("a").size() > 1 || LineKind.of(e.text()) == LineKind.TEASER) {
            return false; // "Related: <a>…</a>", or several links: a list run into the paragraph
        }
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.nameIs("p") || a.nameIs("li") || a.nameIs("blockquote")) {
                return true;
            }
            if (TextStats.isBlock(a)) {
                return false;
            }
        }
        return false;
    }

    private boolean isLinkList(Element e) {
        TextStats.Counts c = stats.of(e);
        return c.chars > 0 && c.linkDensity() > 0.5;
    }

    private void append(String text, boolean inLink) {
        int before = current.length();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean ws = Character.isWhitespace(ch) || ch == '\u00A0';
            if (ws) {
                if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                    current.append(' ');
                }
            } else {
                current.append(ch);
            }
        }
        if (inLink) {
            currentLinkChars += current.length() - before;
        }
    }

    private void flush() {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            paragraphs.add(new Paragraph(text, text.length(), currentLinkChars, currentHeading));
        }
        current.setLength(0);
        currentLinkChars = 0;
        currentHeading = false;
    }

    private String text() {
        List<Paragraph> kept = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            LineKind kind = LineKind.of(p.text());
            boolean teaser = kind == LineKind.TEASER && Words.count(p.text()) < TEASER_WORDS;
            if (p.linkChars() * 2 > p.chars() || teaser || kind == LineKind.DISCLAIMER) {
                continue;
            }
            kept.add(p);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            boolean headingWithoutBody = kept.get(i).heading() && (i + 1 == kept.size() || kept.get(i + 1).heading());
            if (!headingWithoutBody) {
                out.add(kept.get(i).text());
            }
        }
        return String.join("\n\n", out);
    }
}
