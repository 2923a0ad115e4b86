package dev.parallax.core.source;

import java.util.Optional;

/**
 * The port through which feed polling keeps its state: per feed, a {@link FeedState}; per item,
 * whether it was handled already (stored, or rejected for good), so that no item page is fetched
 * or ingested twice, across restarts too. The store implements it in SQLite; implementations are
 * thread-safe and durable when a method returns.
 */
public interface FeedLedger {
    /** The state of the feed at {@code url}, if it was polled before. */
    Optional<FeedState> feed(String url);

    /** Saves a feed's state, replacing the previous one. */
    void save(FeedState state);

    /** Whether the item at {@code itemUrl} was handled already. */
    boolean seen(String itemUrl);

    /** Records that the item at {@code itemUrl}, listed by {@code feedUrl}, was handled with {@code outcome}. */
    void markSeen(String itemUrl, String feedUrl, String outcome);
}
