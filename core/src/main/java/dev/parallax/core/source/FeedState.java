package dev.parallax.core.source;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What Parallax remembers about one feed or sitemap between polls, so that a restart resumes
 * where it stopped: the validators for a conditional request, the current polling interval and
 * when the next poll is due, and how the last poll went.
 *
 * @param url the feed's URL as listed
 * @param etag the {@code ETag} of the last full response, or null
 * @param lastModified the {@code Last-Modified} of the last full response, or null
 * @param interval time between polls, adapted to how often the feed changes
 * @param nextPoll when the next poll is due
 * @param lastPolled when it was last polled, or null if never
 * @param lastError the reason the last poll failed, or null when it succeeded
 * @param failures polls failed in a row
 */
public record FeedState(String url, String etag, String lastModified, Duration interval, Instant nextPoll,
        Instant lastPolled, String lastError, int failures) {
    public FeedState {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(nextPoll, "nextPoll");
    }

    /** A feed never polled: due now, at the given starting interval. */
    public static FeedState fresh(String url, Duration interval, Instant now) {
        return new FeedState(url, null, null, interval, now, null, null, 0);
    }
}
