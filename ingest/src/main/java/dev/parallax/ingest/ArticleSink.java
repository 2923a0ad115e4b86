package dev.parallax.ingest;

import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.Rejection;

/**
 * Where a source hands what it reads, one item at a time, so that an archive of any size streams
 * through without being held in memory. Every input item ends in exactly one call: an article, a
 * rejection with its reason, or a skip counted by kind (records that are not articles by design,
 * such as a web archive's request records). Calls come from the reading thread, in input order.
 */
public interface ArticleSink {
    /** A document that may hold an article. */
    void article(RawArticle article);

    /** An input that could not be read, with the reason a person can act on. */
    void rejected(Rejection rejection);

    /**
     * An input item that is not an article by design, counted under {@code kind} (for example
     * "WARC request record"); the summary shows the counts.
     */
    void skipped(String kind);
}
