package dev.parallax.core.clean;

import dev.parallax.core.annotate.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts the article body and metadata from an HTML page with jsoup.
 *
 * <p>First version: page furniture (scripts, navigation, headers, footers, asides, forms) is
 * removed; the container whose paragraphs hold the most non-link text is the body, and its
 * paragraphs, list items and block quotes are kept in order. When a page has no paragraph markup,
 * its visible text goes through the {@link TextCleaner}. Metadata comes from Open Graph and
 * article meta tags, {@code <time>} and the {@code <title>}.
 */
public final class HtmlCleaner {
    private static final String FURNITURE =
            "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, "
                    + "select, figure, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final String BLOCKS = "p, li, blockquote, h2, h3, pre";

    private final TextCleaner fallback = new TextCleaner();

    public Extracted clean(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String title = meta(doc, "og:title").or(() -> meta(doc, "twitter:title"))
                .or(() -> text(doc.selectFirst("h1"))).or(() -> text(doc.selectFirst("title"))).orElse(null);
        String outlet = meta(doc, "og:site_name").orElse(null);
        String published = PageDates.published(doc, baseUri).orElse(null);
        doc.select(FURNITURE).remove();
        Element container = bestContainer(doc);
        String body = container == null ? "" : paragraphs(container);
        if (Words.count(body) < 30) {
            Extracted fromText = fallback.clean(doc.body() == null ? "" : VisibleText.of(doc.body()));
            return new Extracted(title, outlet, published == null ? fromText.published() : published, fromText.text());
        }
        return new Extracted(title, outlet, published, body);
    }

    private static Element bestContainer(Document doc) {
        Element best = null;
        double bestScore = 0;
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            double score = containerScore(parent);
            if (score > bestScore) {
                best = parent;
                bestScore = score;
            }
        }
        return best;
    }

    /** Words of paragraph text directly in the container, less the words inside links. */
    private static double containerScore(Element container) {
        double words = 0;
        for (Element child : container.children()) {
            if (child.is("p, blockquote")) {
                int all = Words.count(child.text());
                int linked = Words.count(child.select("a").text());
                words += all - 2.0 * linked;
            }
        }
        return words;
    }

    private static String paragraphs(Element container) {
        List<String> out = new ArrayList<>();
        Elements blocks = container.select(BLOCKS);
        for (Element b : blocks) {
            if (insideAnotherBlock(b, container)) {
                continue; // its text is already in the enclosing block
            }
            String t = b.text().strip();
            int words = Words.count(t);
            int linked = Words.count(b.select("a").text());
            if (words == 0 || (linked > 0 && linked * 2 >= words)) {
                continue;
            }
            if (b.is("h2, h3") || LineKind.of(t) == LineKind.TEASER || LineKind.of(t) == LineKind.DISCLAIMER) {
                continue;
            }
            out.add(t);
        }
        return String.join("\n\n", out);
    }

    private static boolean insideAnotherBlock(Element block, Element container) {
        for (Element a = block.parent(); a != null && a != container; a = a.parent()) {
            if (a.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> meta(Document doc, String property) {
        Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null ? Optional.empty() : Optional.of(e.attr("content").strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> text(Element e) {
        return e == null ? Optional.empty() : Optional.of(e.text().strip()).filter(s -> !s.isEmpty());
    }
}
