package dev.parallax.ingest.feed;

import java.util.List;

/**
 * A parsed feed or sitemap: its entries, and for a sitemap index the sitemaps it lists.
 *
 * @param kind what the document was: "RSS", "Atom", "sitemap", "news sitemap", "sitemap index"
 */
public record FeedDocument(String kind, List<FeedItem> items, List<String> sitemaps) {
    public FeedDocument {
        items = List.copyOf(items);
        sitemaps = List.copyOf(sitemaps);
    }
}
