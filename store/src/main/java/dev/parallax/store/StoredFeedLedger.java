package dev.parallax.store;

import dev.parallax.core.source.FeedLedger;
import dev.parallax.core.source.FeedState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The feed ledger in the store's database ({@code feed_state}, {@code seen_items}, migration V3).
 * Each call is one auto-committed statement, so it is durable when it returns; calls synchronise
 * on the store, which owns the connection.
 */
final class StoredFeedLedger implements FeedLedger {
    private final Connection db;
    private final Object lock;
    private final Clock clock;

    StoredFeedLedger(Connection db, Object lock, Clock clock) {
        this.db = db;
        this.lock = lock;
        this.clock = clock;
    }

    @Override
    public Optional<FeedState> feed(String url) {
        synchronized (lock) {
            try (PreparedStatement p = db.prepareStatement("SELECT * FROM feed_state WHERE url = ?")) {
                p.setString(1, url);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(state(r)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read the state of feed " + url, e);
            }
        }
    }

    /** The feed state in the current row of a {@code feed_state} query. */
    static FeedState state(ResultSet r) throws SQLException {
        String polled = r.getString("last_polled");
        return new FeedState(r.getString("url"), r.getString("etag"), r.getString("last_modified"),
                Duration.ofMillis(r.getLong("interval_ms")), Instant.parse(r.getString("next_poll")),
                polled == null ? null : Instant.parse(polled), r.getString("last_error"), r.getInt("failures"));
    }

    @Override
    public void save(FeedState s) {
        synchronized (lock) {
            try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO feed_state(url, etag, last_modified, "
                    + "interval_ms, next_poll, last_polled, last_error, failures) VALUES (?,?,?,?,?,?,?,?)")) {
                p.setString(1, s.url());
                p.setString(2, s.etag());
                p.setString(3, s.lastModified());
                p.setLong(4, s.interval().toMillis());
                p.setString(5, s.nextPoll().toString());
                p.setString(6, s.lastPolled() == null ? null : s.lastPolled().toString());
                p.setString(7, s.lastError());
                p.setInt(8, s.failures());
                p.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot save the state of feed " + s.url(), e);
            }
        }
    }

    @Override
    public boolean seen(String itemUrl) {
        synchronized (lock) {
            try (PreparedStatement p = db.prepareStatement("SELECT 1 FROM seen_items WHERE url = ?")) {
                p.setString(1, itemUrl);
                try (ResultSet r = p.executeQuery()) {
                    return r.next();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read seen items", e);
            }
        }
    }

    @Override
    public void markSeen(String itemUrl, String feedUrl, String outcome) {
        synchronized (lock) {
            try (PreparedStatement p = db.prepareStatement(
                    "INSERT OR IGNORE INTO seen_items(url, feed, outcome, at) VALUES (?,?,?,?)")) {
                p.setString(1, itemUrl);
                p.setString(2, feedUrl);
                p.setString(3, outcome);
                p.setString(4, clock.instant().toString());
                p.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot record seen item " + itemUrl, e);
            }
        }
    }
}
