package dev.parallax.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How Parallax fetches: whom it says it is, where it may connect, and how politely and patiently.
 *
 * @param contact URL (or mail address) site owners can reach the operator at; in the User-Agent
 * @param addresses where connections may go ({@link AddressPolicy#publicOnly()} unless configured)
 * @param maxBytes largest body accepted, after decompression
 * @param connectTimeout time to open a connection
 * @param readTimeout longest silence while waiting for or reading a response
 * @param totalTimeout longest time for one response, however it trickles in
 * @param maxRedirects redirect hops followed before giving up
 * @param maxAttempts tries of one URL on temporary failures (timeouts, 429, 5xx)
 * @param backoff wait before the first retry; doubled for each next one, unless the server's
 *     {@code Retry-After} asks for longer
 * @param maxBackoff longest wait between tries; a {@code Retry-After} beyond it fails the fetch
 * @param hostInterval least time between two requests to one host (raised by its robots.txt
 *     {@code Crawl-delay}, up to {@code maxBackoff})
 * @param hostConcurrency most requests in flight to one host at a time
 * @param obeyRobots whether robots.txt is honoured (only tests and one's own sites turn it off)
 */
public record FetchSettings(String contact, AddressPolicy addresses, long maxBytes, Duration connectTimeout,
        Duration readTimeout, Duration totalTimeout, int maxRedirects, int maxAttempts, Duration backoff,
        Duration maxBackoff, Duration hostInterval, int hostConcurrency, boolean obeyRobots) {

    public FetchSettings {
        Objects.requireNonNull(addresses, "addresses");
        if (maxBytes <= 0 || maxRedirects < 0 || maxAttempts < 1 || hostConcurrency < 1) {
            throw new IllegalArgumentException("maxBytes and hostConcurrency must be positive, maxAttempts at least 1");
        }
    }

    /** Polite defaults: public addresses, 20 MB, 10 s connect, 20 s silence, 60 s a page, 5 redirects, 3 tries, 1 s per host. */
    public static FetchSettings defaults(String contact) {
        return new FetchSettings(contact, AddressPolicy.publicOnly(), 20L * 1024 * 1024, Duration.ofSeconds(10),
                Duration.ofSeconds(20), Duration.ofSeconds(60), 5, 3, Duration.ofSeconds(2), Duration.ofSeconds(60),
                Duration.ofSeconds(1), 2, true);
    }

    public FetchSettings withAddresses(AddressPolicy policy) {
        return new FetchSettings(contact, policy, maxBytes, connectTimeout, readTimeout, totalTimeout, maxRedirects,
                maxAttempts, backoff, maxBackoff, hostInterval, hostConcurrency, obeyRobots);
    }

    public FetchSettings withTimeouts(Duration read, Duration total) {
        return new FetchSettings(contact, addresses, maxBytes, connectTimeout, read, total, maxRedirects,
                maxAttempts, backoff, maxBackoff, hostInterval, hostConcurrency, obeyRobots);
    }

    public FetchSettings withRetries(int attempts, Duration firstBackoff, Duration longestBackoff) {
        return new FetchSettings(contact, addresses, maxBytes, connectTimeout, readTimeout, totalTimeout, maxRedirects,
                attempts, firstBackoff, longestBackoff, hostInterval, hostConcurrency, obeyRobots);
    }

    public FetchSettings withHostLimits(Duration interval, int concurrency) {
        return new FetchSettings(contact, addresses, maxBytes, connectTimeout, readTimeout, totalTimeout, maxRedirects,
                maxAttempts, backoff, maxBackoff, interval, concurrency, obeyRobots);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(contact, addresses, bytes, connectTimeout, readTimeout, totalTimeout, maxRedirects,
                maxAttempts, backoff, maxBackoff, hostInterval, hostConcurrency, obeyRobots);
    }

    public FetchSettings withRobots(boolean obey) {
        return new FetchSettings(contact, addresses, maxBytes, connectTimeout, readTimeout, totalTimeout, maxRedirects,
                maxAttempts, backoff, maxBackoff, hostInterval, hostConcurrency, obey);
    }

    /** {@code Parallax/VERSION (+contact)}: names the software and, when set, how to reach its operator. */
    public String userAgent(String version) {
        return "Parallax/" + version + (contact == null || contact.isBlank() ? "" : " (+" + contact.strip() + ")");
    }
}
