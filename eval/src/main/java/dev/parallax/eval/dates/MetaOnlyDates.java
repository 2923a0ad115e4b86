package dev.parallax.eval.dates;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The baseline: the page's {@code article:published_time} meta tag, cut to its day, or nothing. */
final class MetaOnlyDates {
    private MetaOnlyDates() {}

    static Optional<String> published(Document doc) {
        Element e = doc.selectFirst("meta[property=article:published_time], meta[name=article:published_time]");
        if (e == null) {
            return Optional.empty();
        }
        String s = e.attr("content").strip();
        return s.matches("\\d{4}-\\d{2}-\\d{2}.*") ? Optional.of(s.substring(0, 10)) : Optional.empty();
    }
}
