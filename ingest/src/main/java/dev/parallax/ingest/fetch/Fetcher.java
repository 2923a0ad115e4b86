package dev.parallax.ingest.fetch;

import dev.parallax.core.digest.Generator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches pages politely and safely, for feeds, sitemaps and URL lists alike. Each fetch:
 * <ol>
 *   <li>accepts only {@code http} and {@code https} URLs;</li>
 *   <li>resolves the host and refuses addresses the {@link AddressPolicy} does not allow; the
 *       connection is made by the HTTP client through {@link CheckedResolver}, which hands it only
 *       checked addresses, so a second DNS answer cannot slip a private address in;</li>
 *   <li>honours the origin's robots.txt (cached, crawl-delay applied) unless turned off;</li>
 *   <li>waits for the host's turn ({@link HostThrottle}: interval and concurrency cap);</li>
 *   <li>sends the Parallax User-Agent with the operator's contact, accepts gzip and deflate and
 *       sends {@code If-None-Match}/{@code If-Modified-Since} when given;</li>
 *   <li>follows redirects itself, up to the hop limit, repeating steps 1–4 for every hop;</li>
 *   <li>retries timeouts, connection failures, 429 and 5xx with doubling backoff, honouring
 *       {@code Retry-After};</li>
 *   <li>reads the body under the size limit (checked on {@code Content-Length} and while
 *       streaming the decompressed bytes) and the total time limit.</li>
 * </ol>
 * Every failure is a {@link FetchException} naming the URL and the reason. Thread-safe; one
 * instance per process, closed when done.
 */
public final class Fetcher implements AutoCloseable {
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";

    private final FetchSettings settings;
    private final CloseableHttpClient client;
    private final HostThrottle throttle;
    private final RobotsCache robots = new RobotsCache();
    private final String userAgent;

    public Fetcher(FetchSettings settings) {
        this.settings = settings;
        this.userAgent = settings.userAgent(Generator.current().version());
        this.throttle = new HostThrottle(settings.hostInterval(), settings.hostConcurrency());
        Timeout read = Timeout.of(settings.readTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(settings.addresses()))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                                .setSocketTimeout(read).build())
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(settings.hostConcurrency())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(read).setRedirectsEnabled(false).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(userAgent)
                .build();
    }

    public String userAgent() {
        return userAgent;
    }

    /** Fetches {@code url}; throws with the reason when it cannot. */
    public Fetched fetch(String url) throws FetchException {
        return fetch(url, null, null);
    }

    /**
     * Fetches {@code url} conditionally: with the validators of an earlier response, an unchanged
     * resource comes back as {@link Fetched#notModified()}.
     */
    public Fetched fetch(String url, String etag, String lastModified) throws FetchException {
        return follow(url, etag, lastModified, settings.obeyRobots());
    }

    private Fetched follow(String url, String etag, String lastModified, boolean obeyRobots) throws FetchException {
        URI uri = parse(url, url);
        for (int hop = 0; ; hop++) {
            precheck(uri);
            if (obeyRobots) {
                Duration delay = robots.check(uri, this::fetchRobots);
                if (delay.compareTo(Duration.ZERO) > 0) {
                    throttle.slowDown(hostKey(uri), delay.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : delay);
                }
            }
            Outcome o = withRetries(uri, etag, lastModified);
            if (o.location() == null) {
                Fetched f = o.fetched();
                return new Fetched(url, f.finalUrl(), f.status(), f.contentType(), f.charset(), f.body(), f.etag(), f.lastModified());
            }
            if (hop >= settings.maxRedirects()) {
                throw new FetchException(url, "too many redirects (more than " + settings.maxRedirects() + ")", false);
            }
            uri = parse(uri.resolve(o.location().strip()).toString(), url);
        }
    }

    private Fetched fetchRobots(URI robotsUrl) throws FetchException {
        return follow(robotsUrl.toString(), null, null, false);
    }

    /** A response that is either content (or 304) or a redirect to {@code location}. */
    private record Outcome(Fetched fetched, String location) {}

    private Outcome withRetries(URI uri, String etag, String lastModified) throws FetchException {
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos() * settings.maxAttempts();
        Duration backoff = settings.backoff();
        for (int attempt = 1; ; attempt++) {
            Attempt a = once(uri, etag, lastModified);
            if (a.outcome() != null) {
                return a.outcome();
            }
            if (!a.temporary() || attempt >= settings.maxAttempts()) {
                String tries = a.temporary() && attempt > 1 ? " (after " + attempt + " tries)" : "";
                throw new FetchException(uri.toString(), a.reason() + tries, a.temporary());
            }
            Duration wait = a.retryAfter() != null && a.retryAfter().compareTo(backoff) > 0 ? a.retryAfter() : backoff;
            if (wait.compareTo(settings.maxBackoff()) > 0) {
                throw new FetchException(uri.toString(), a.reason() + "; the server asked to wait "
                        + wait.toSeconds() + " s, longer than the limit of " + settings.maxBackoff().toSeconds() + " s", true);
            }
            if (System.nanoTime() + wait.toNanos() > deadline) {
                throw new FetchException(uri.toString(), a.reason() + " (gave up: out of time)", true);
            }
            sleep(wait, uri);
            backoff = backoff.multipliedBy(2);
        }
    }

    /** One request: an outcome, or a failure that is temporary (retry) or not. */
    private record Attempt(Outcome outcome, String reason, boolean temporary, Duration retryAfter) {
        static Attempt fail(String reason, boolean temporary) {
            return new Attempt(null, reason, temporary, null);
        }
    }

    private Attempt once(URI uri, String etag, String lastModified) throws FetchException {
        String host = hostKey(uri);
        try {
            throttle.acquire(host);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(uri.toString(), "interrupted", true);
        }
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept", ACCEPT);
        if (etag != null) {
            get.setHeader("If-None-Match", etag);
        }
        if (lastModified != null) {
            get.setHeader("If-Modified-Since", lastModified);
        }
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        ClassicHttpResponse r = null;
        try {
            r = client.executeOpen(null, get, null);
            return respond(uri, get, r, deadline);
        } catch (SocketTimeoutException e) {
            return Attempt.fail("timed out: no answer for " + settings.readTimeout().toSeconds() + " s", true);
        } catch (CheckedResolver.RefusedAddressException e) {
            return Attempt.fail(e.getMessage(), false);
        } catch (UnknownHostException e) {
            return Attempt.fail("unknown host " + uri.getHost(), false);
        } catch (ConnectException e) {
            return Attempt.fail("cannot connect: " + e.getMessage(), true);
        } catch (InterruptedIOException e) {
            return Attempt.fail("timed out: " + e.getMessage(), true);
        } catch (IOException e) {
            return Attempt.fail("network error: " + e, true);
        } finally {
            closeQuietly(r);
            throttle.release(host);
        }
    }

    /** Closing a response whose request was cancelled may throw; the outcome is decided already. */
    private static void closeQuietly(ClassicHttpResponse r) {
        if (r != null) {
            try {
                r.close();
            } catch (IOException e) {
                // the connection was cancelled on purpose (oversize, redirect, error status)
            }
        }
    }

    private Attempt respond(URI uri, HttpGet get, ClassicHttpResponse r, long deadline) throws IOException {
        int code = r.getCode();
        String status = "HTTP " + code + (r.getReasonPhrase() == null ? "" : " " + r.getReasonPhrase());
        if (code >= 300 && code < 400 && code != 304) {
            Header location = r.getFirstHeader("Location");
            get.cancel(); // the redirect's body is not wanted: close the connection instead of reading it
            return location == null ? Attempt.fail(status + " without a Location", false)
                    : new Attempt(new Outcome(null, location.getValue()), null, false, null);
        }
        if (code == 429 || code >= 500) {
            get.cancel();
            return new Attempt(null, status, true, retryAfter(r));
        }
        if (code != 304 && (code < 200 || code > 299)) {
            get.cancel();
            return Attempt.fail(status, false);
        }
        String etag = header(r, "ETag");
        String lastModified = header(r, "Last-Modified");
        HttpEntity entity = r.getEntity();
        String type = entity == null ? header(r, "Content-Type") : entity.getContentType();
        byte[] body = code == 304 || entity == null ? new byte[0] : body(uri, get, entity, deadline);
        if (body == null) {
            return Attempt.fail(tooLarge(), false);
        }
        return new Attempt(new Outcome(new Fetched(uri.toString(), uri.toString(), code, mediaType(type), charset(type), body,
                etag, lastModified), null), null, false, null);
    }

    /** The body, or null when it is over the size limit; throws when it takes longer than the time limit. */
    private byte[] body(URI uri, HttpGet get, HttpEntity entity, long deadline) throws IOException {
        if (entity.getContentLength() > settings.maxBytes() && entity.getContentEncoding() == null) {
            get.cancel();
            return null;
        }
        InputStream in = entity.getContent();
        byte[] buf = new byte[1 << 14];
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int n;
        while ((n = in.read(buf)) != -1) {
            out.write(buf, 0, n);
            if (out.size() > settings.maxBytes()) {
                get.cancel();
                return null;
            }
            if (System.nanoTime() > deadline) {
                get.cancel();
                throw new InterruptedIOException("the response took longer than " + settings.totalTimeout().toSeconds() + " s");
            }
        }
        return out.toByteArray();
    }

    private String tooLarge() {
        return String.format(Locale.ROOT, "page too large: over %.1f MB", settings.maxBytes() / 1048576.0);
    }

    /** Refuses a URL whose host has no address the policy allows, before any connection. */
    private void precheck(URI uri) throws FetchException {
        int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        String host = uri.getHost();
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new FetchException(uri.toString(), "unknown host " + host, false);
        }
        if (Arrays.stream(all).noneMatch(a -> settings.addresses().allows(a, port))) {
            throw new FetchException(uri.toString(), CheckedResolver.refused(host + ":" + port, all).getMessage(), false);
        }
    }

    private static URI parse(String url, String asked) throws FetchException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new FetchException(asked, "not a valid URL: " + url, false);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(asked, "not an http or https URL: " + url, false);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new FetchException(asked, "URL without a host: " + url, false);
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchException(asked, "URL with user credentials refused: " + uri.getHost(), false);
        }
        return uri;
    }

    private static String hostKey(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    }

    private static String header(ClassicHttpResponse r, String name) {
        Header h = r.getFirstHeader(name);
        return h == null || h.getValue().isBlank() ? null : h.getValue().strip();
    }

    /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(ClassicHttpResponse r) {
        String v = header(r, "Retry-After");
        if (v == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(java.time.Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semi = contentType.indexOf(';');
        String base = (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        return base.isEmpty() ? null : base;
    }

    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String v = p.substring(8).strip();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isBlank() ? null : v;
            }
        }
        return null;
    }

    private static void sleep(Duration d, URI uri) throws FetchException {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(uri.toString(), "interrupted", true);
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            // closing idle connections; nothing to report
        }
    }
}
