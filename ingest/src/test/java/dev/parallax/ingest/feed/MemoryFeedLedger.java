package dev.parallax.ingest.feed;

import dev.parallax.core.source.FeedLedger;
import dev.parallax.core.source.FeedState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A feed ledger held in memory, for the poller's tests in this module (the store's is tested in store and cli). */
final class MemoryFeedLedger implements FeedLedger {
    final Map<String, FeedState> feeds = new ConcurrentHashMap<>();
    final Map<String, String> seen = new ConcurrentHashMap<>();

    @Override
    public Optional<FeedState> feed(String url) {
        return Optional.ofNullable(feeds.get(url));
    }

    @Override
    public void save(FeedState state) {
        feeds.put(state.url(), state);
    }

    @Override
    public boolean seen(String itemUrl) {
        return seen.containsKey(itemUrl);
    }

    @Override
    public void markSeen(String itemUrl, String feedUrl, String outcome) {
        seen.putIfAbsent(itemUrl, outcome);
    }
}
