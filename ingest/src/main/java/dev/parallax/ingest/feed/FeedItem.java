package dev.parallax.ingest.feed;

import java.util.Objects;

/**
 * One entry of a feed or sitemap: the article's page and what the feed says about it.
 *
 * @param url the page's link
 * @param title the entry's title, or null
 * @param published the entry's publication date (ISO 8601), or null
 * @param language the language a news sitemap states, or null
 */
public record FeedItem(String url, String title, String published, String language) {
    public FeedItem {
        Objects.requireNonNull(url, "url");
    }
}
