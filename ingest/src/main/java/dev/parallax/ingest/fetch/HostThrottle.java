package dev.parallax.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Per-host politeness: at most {@code concurrency} requests in flight to one host, and request
 * starts at least the host's interval apart (the configured one, or longer when the host's
 * robots.txt asks for a {@code Crawl-delay}). Slots are reserved in arrival order, so waiting
 * threads do not bunch up. Thread-safe.
 */
final class HostThrottle {
    private final Duration interval;
    private final int concurrency;
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    private static final class Host {
        final Semaphore permits;
        long nextStartNanos = System.nanoTime();
        long intervalNanos;

        Host(int concurrency, long intervalNanos) {
            this.permits = new Semaphore(concurrency, true);
            this.intervalNanos = intervalNanos;
        }
    }

    HostThrottle(Duration interval, int concurrency) {
        this.interval = interval;
        this.concurrency = concurrency;
    }

    /** Raises a host's interval (never lowers it below the configured one). */
    void slowDown(String host, Duration atLeast) {
        Host h = host(host);
        synchronized (h) {
            h.intervalNanos = Math.max(h.intervalNanos, atLeast.toNanos());
        }
    }

    /** Waits for a permit and a start slot for {@code host}; call {@link #release} when the request is done. */
    void acquire(String host) throws InterruptedException {
        Host h = host(host);
        h.permits.acquire();
        long start;
        synchronized (h) {
            start = Math.max(System.nanoTime(), h.nextStartNanos);
            h.nextStartNanos = start + h.intervalNanos;
        }
        long wait = start - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                h.permits.release();
                throw e;
            }
        }
    }

    void release(String host) {
        host(host).permits.release();
    }

    private Host host(String host) {
        return hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host(concurrency, interval.toNanos()));
    }
}
