package dev.parallax.core.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold the article body in a page cleared of furniture.
 *
 * <p>Every block of running text (its own text at least {@value #MIN_PARAGRAPH} characters, less
 * than half of it in links) scores {@code 1 + commas + min(chars / 100, 3)}, credited to its parent
 * in full, its grandparent by half and further ancestors by a third of their level (Readability's
 * scheme). A candidate starts from its name ({@link ClassSignals}) and tag, and its score is damped
 * by its link density. The best candidate moves up to its parent while the parent scores about as
 * well (the body split across sibling columns), and then sibling blocks of similar quality join
 * it: siblings scoring at least a fifth of it, and sibling paragraphs of link-poor prose.
 */
final class BodyLocator {
    static final int MIN_PARAGRAPH = 25;
    private static final Set<String> NOT_PARAGRAPHS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "th", "ul", "ol",
            "table", "tbody", "thead", "tr", "dl", "body", "html");
    private static final int ANCESTOR_LEVELS = 5;

    private final TextStats stats;
    private final List<Element> elements;
    private final Map<Element, double[]> scores = new IdentityHashMap<>();

    private BodyLocator(Element root) {
        this.stats = TextStats.measure(root);
        this.elements = root.getAllElements();
    }

    /** The body's elements in document order; empty when the page has no running text. */
    static List<Element> locate(Element root) {
        return new BodyLocator(root).find();
    }

    private List<Element> find() {
        for (Element e : elements) {
            TextStats.Counts c = stats.of(e);
            if (c.ownChars >= MIN_PARAGRAPH && c.ownLinkDensity() < 0.5 && !NOT_PARAGRAPHS.contains(e.normalName())) {
                credit(e, 1 + c.ownCommas + Math.min(c.ownChars / 100, 3));
            }
        }
        Element top = null;
        double best = 0;
        for (Element e : elements) {
            double s = finalScore(e);
            if (s > best) { // the first in document order wins a tie
                top = e;
                best = s;
            }
        }
        if (top == null) {
            return List.of();
        }
        top = climb(top);
        return withSiblings(top);
    }

    private void credit(Element paragraph, double score) {
        Element a = paragraph.parent();
        for (int level = 0; a != null && level < ANCESTOR_LEVELS; level++, a = a.parent()) {
            if (a.nameIs("html")) {
                break;
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.computeIfAbsent(a, this::initial)[0] += score / divider;
        }
    }

    private double[] initial(Element e) {
        double s = ClassSignals.weight(e);
        switch (e.normalName()) {
            case "div", "article", "section", "main" -> s += 5;
            case "pre", "td", "blockquote" -> s += 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> s -= 3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> s -= 5;
            default -> { }
        }
        return new double[] {s};
    }

    private double finalScore(Element e) {
        double[] s = scores.get(e);
        return s == null ? 0 : s[0] * (1 - stats.of(e).linkDensity());
    }

    /** Moves up while the parent holds the best candidate's text and scores nearly as well. */
    private Element climb(Element top) {
        double score = finalScore(top);
        Element current = top;
        for (Element p = top.parent(); p != null && !p.nameIs("body") && !p.nameIs("html"); p = p.parent()) {
            double ps = finalScore(p);
            boolean onlyChild = p.childrenSize() == 1;
            if (!onlyChild && ps < score * 0.9) {
                break;
            }
            current = p;
            score = Math.max(score, ps);
        }
        return current;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = finalScore(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
            if (finalScore(sibling) + bonus >= threshold || isProse(sibling)) {
                out.add(sibling);
            }
        }
        return out;
    }

    /**
     * A sibling paragraph of link-poor prose (Readability's test), also when it is a block
     * acting as a paragraph ({@code <div>} of text) or a wrapper of one paragraph.
     */
    private boolean isProse(Element e) {
        Element p = e.childrenSize() == 1 && e.child(0).nameIs("p") ? e.child(0) : e;
        TextStats.Counts c = stats.of(p);
        if (c.ownChars * 10 < c.chars * 8) {
            return false; // not a paragraph but a container of blocks
        }
        if (c.chars > 80) {
            return c.linkDensity() < 0.25;
        }
        if (c.chars == 0 || c.linkChars > 0) {
            return false;
        }
        String text = p.text();
        return text.endsWith(".") || text.endsWith("”") || text.endsWith("\"");
    }
}
