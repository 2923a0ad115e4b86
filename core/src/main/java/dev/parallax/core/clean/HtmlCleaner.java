package dev.parallax.core.clean;

import dev.parallax.core.annotate.Words;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article body and metadata from an HTML page with jsoup.
 *
 * <p>First version: page furniture (scripts, navigation, headers, footers, asides, forms) is
 * removed; the container whose paragraphs hold the most non-link text is the body, and its
 * paragraphs, list items and block quotes are kept in order. When a page has no paragraph markup,
 * its visible text goes through the {@link TextCleaner}. Metadata comes from Open Graph and
 * article meta tags, {@code <time>} and the {@code <title>}; the publication date from
 * {@link PageDates}, the update from {@link PageUpdates}.
 */
public final class HtmlCleaner {
    /** A body shorter than this in words and in characters (scripts without spaces) is not found. */
    private static final int MIN_WORDS = 30;
    private static final int MIN_CHARS = 200;

    private final TextCleaner fallback = new TextCleaner();

    public Extracted clean(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String title = meta(doc, "og:title").or(() -> meta(doc, "twitter:title"))
                .or(() -> text(doc.selectFirst("h1"))).or(() -> text(doc.selectFirst("title"))).orElse(null);
        String outlet = meta(doc, "og:site_name").orElse(null);
        String published = PageDates.published(doc, baseUri).orElse(null);
        String updated = PageUpdates.updated(doc).orElse(null);
        PageFurniture.remove(doc);
        Element root = doc.body() == null ? doc : doc.body();
        String body = BodyRenderer.render(BodyLocator.locate(root));
        if (Words.count(body) < MIN_WORDS && body.length() < MIN_CHARS) {
            Extracted fromText = fallback.clean(VisibleText.of(root));
            return new Extracted(title, outlet, published == null ? fromText.published() : published, fromText.text(),
                    updated == null ? fromText.updated() : updated);
        }
        return new Extracted(title, outlet, published, body, updated);
    }

    private static Optional<String> meta(Document doc, String property) {
        Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null ? Optional.empty() : Optional.of(e.attr("content").strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> text(Element e) {
        return e == null ? Optional.empty() : Optional.of(e.text().strip()).filter(s -> !s.isEmpty());
    }
}
