package dev.parallax.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per origin (scheme, host, port), parsed by crawler-commons for the agent name
 * {@code parallax} and kept for a day. As RFC 9309 says: a robots.txt that is missing (4xx)
 * allows everything; one that cannot be reached (5xx, network failure) disallows everything, and
 * is asked again after ten minutes rather than a day.
 */
final class RobotsCache {
    static final String AGENT = "parallax";
    private static final long KEEP_NANOS = Duration.ofHours(24).toNanos();
    private static final long KEEP_FAILED_NANOS = Duration.ofMinutes(10).toNanos();

    /** What the fetcher needs to read a robots.txt: its status and body, or a failure. */
    interface Source {
        Fetched fetchRobots(URI robots) throws FetchException;
    }

    private record Entry(BaseRobotRules rules, String failure, long until) {}

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    /** Throws when {@code url} is disallowed; returns the host's crawl delay (zero when none). */
    Duration check(URI url, Source source) throws FetchException {
        String origin = origin(url);
        Entry e = cache.get(origin);
        if (e == null || System.nanoTime() - e.until() > 0) {
            e = load(origin, source);
            cache.put(origin, e);
        }
        if (e.failure() != null) {
            throw new FetchException(url.toString(), e.failure(), true);
        }
        if (!e.rules().isAllowed(url.toString())) {
            throw new FetchException(url.toString(), "disallowed by " + origin + "/robots.txt", false);
        }
        long delay = e.rules().getCrawlDelay();
        return delay > 0 ? Duration.ofMillis(delay) : Duration.ZERO;
    }

    private Entry load(String origin, Source source) {
        URI robots = URI.create(origin + "/robots.txt");
        try {
            Fetched f = source.fetchRobots(robots);
            BaseRobotRules rules = parser.parseContent(robots.toString(), f.body(),
                    f.contentType() == null ? "text/plain" : f.contentType(), List.of(AGENT));
            return new Entry(rules, null, System.nanoTime() + KEEP_NANOS);
        } catch (FetchException ex) {
            if (ex.getMessage().startsWith("HTTP 4")) {
                return new Entry(parser.failedFetch(404), null, System.nanoTime() + KEEP_NANOS);
            }
            return new Entry(null, "robots.txt unreachable (" + ex.getMessage() + "): not fetched until it answers",
                    System.nanoTime() + KEEP_FAILED_NANOS);
        }
    }

    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
