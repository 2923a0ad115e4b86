package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.source.FeedState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredFeedLedgerTest {
    @TempDir
    Path dir;

    @Test
    void feedStateAndSeenItemsSurviveReopening() {
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
        FeedState state = new FeedState("https://news.example/rss", "\"abc\"", "Wed, 01 May 2024 11:00:00 GMT",
                Duration.ofMinutes(15), Instant.parse("2024-05-01T12:15:00Z"), clock.instant(), null, 0);
        try (Store store = Store.open(dir, clock)) {
            assertThat(store.feeds().feed(state.url())).isEmpty();
            store.feeds().save(state);
            store.feeds().markSeen("https://news.example/a", state.url(), "fetched");
            store.feeds().markSeen("https://news.example/a", state.url(), "fetched again"); // ignored
        }
        try (Store store = Store.open(dir, clock)) {
            assertThat(store.feeds().feed(state.url())).contains(state);
            assertThat(store.feeds().seen("https://news.example/a")).isTrue();
            assertThat(store.feeds().seen("https://news.example/b")).isFalse();
            FeedState failed = new FeedState(state.url(), state.etag(), state.lastModified(), Duration.ofMinutes(30),
                    Instant.parse("2024-05-01T12:45:00Z"), clock.instant(), "HTTP 503 Service Unavailable", 1);
            store.feeds().save(failed);
            assertThat(store.feeds().feed(state.url())).contains(failed);
        }
    }
}
