package dev.parallax.core.clean;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's publication date from its metadata: article meta tags, then {@code <time>}.
 * Returns ISO 8601 (a date-time with offset when the page gives one, else a date).
 */
public final class PageDates {
    private PageDates() {}

    /**
     * @param doc the parsed page, before any element is removed
     * @param url the page's address when known (may be null)
     */
    public static Optional<String> published(Document doc, String url) {
        Optional<String> raw = meta(doc, "article:published_time")
                .or(() -> meta(doc, "datePublished")).or(() -> meta(doc, "pubdate"))
                .or(() -> meta(doc, "publishdate")).or(() -> meta(doc, "date")).or(() -> meta(doc, "dc.date"))
                .or(() -> Optional.ofNullable(doc.selectFirst("time[datetime]")).map(t -> t.attr("datetime")));
        return raw.flatMap(IsoDates::normalize);
    }

    private static Optional<String> meta(Document doc, String property) {
        Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null ? Optional.empty() : Optional.of(e.attr("content").strip()).filter(s -> !s.isEmpty());
    }
}
