package dev.parallax.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP server of {@code parallax serve} on the JDK's built-in server, one virtual thread per
 * request. It reads bodies under the size limit (413 above it), routes, and adds what every answer
 * needs: a strong ETag on successful reads with {@code 304 Not Modified} for a matching
 * {@code If-None-Match}, RFC 9457 problem documents for API errors, and security headers
 * (a Content-Security-Policy that allows only this server's own style sheet and script).
 */
public final class ParallaxServer implements AutoCloseable {
    static final String CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final long DRAIN_LIMIT = 256L * 1024 * 1024;

    static {
        // The JDK server writes the headers and the body of a response separately. Without
        // TCP_NODELAY, Nagle's algorithm holds a small body until the client acknowledges the
        // headers, which a client delays by up to 40 ms on Linux: small answers on a kept-alive
        // connection took ~45 ms instead of ~2 (measured with parallax bench serve). The property
        // is read once, when the JDK server is first used in the process.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer http;
    private final ExecutorService executor;
    private final Router router;
    private final ServerConfig config;

    private ParallaxServer(HttpServer http, ExecutorService executor, Router router, ServerConfig config) {
        this.http = http;
        this.executor = executor;
        this.router = router;
        this.config = config;
    }

    /** Starts listening; the routes come from {@link Routes}. */
    public static ParallaxServer start(ServerConfig config, Routes routes) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(config.bind(), config.port()), 128);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        ParallaxServer server = new ParallaxServer(http, executor, routes.router(), config);
        http.setExecutor(executor);
        http.createContext("/", server::exchange);
        http.start();
        return server;
    }

    /** The address actually bound (the port is known once started). */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** The base URL, {@code http://host:port}. */
    public String url() {
        InetSocketAddress a = address();
        String host = a.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    private void exchange(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        Response response;
        try {
            response = answer(ex);
        } catch (HttpProblem p) {
            response = problem(path, p);
        } catch (RuntimeException e) {
            // The client learns only that it failed; the operator gets the whole story.
            System.err.println("parallax: " + ex.getRequestMethod() + " " + path + " failed:");
            e.printStackTrace();
            response = problem(path, new HttpProblem(500, "internal error: " + e.getClass().getSimpleName()));
        }
        send(ex, response);
    }

    private Response answer(HttpExchange ex) throws IOException {
        URI uri = ex.getRequestURI();
        Map<String, String> headers = new HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.isEmpty() ? "" : v.get(0)));
        byte[] body = readBody(ex, headers);
        String path = URLDecoder.decode(uri.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
        Request r = new Request(ex.getRequestMethod().toUpperCase(Locale.ROOT), path, query(uri.getRawQuery()), headers,
                body, List.of());
        Response out = router.route(r);
        if (r.method().equals("GET") && out.status() == 200) {
            String etag = etag(out.body());
            if (etag.equals(headers.get("if-none-match"))) {
                return new Response(304, out.contentType(), new byte[0], Map.of("ETag", etag));
            }
            out = out.withHeader("ETag", etag);
        }
        return out;
    }

    private byte[] readBody(HttpExchange ex, Map<String, String> headers) throws IOException {
        String length = headers.get("content-length");
        if (length != null) {
            long n;
            try {
                n = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw new HttpProblem(400, "Content-Length is not a number");
            }
            if (n > config.maxBodyBytes()) {
                drain(ex);
                throw tooLarge();
            }
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBodyBytes() + 1));
            if (b.length > config.maxBodyBytes()) {
                drain(ex);
                throw tooLarge();
            }
            return b;
        }
    }

    /**
     * Reads and drops what the client still sends (up to a bound), so that it receives the 413
     * instead of a reset connection; a client sending more than the bound is cut off.
     */
    private static void drain(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] buf = new byte[64 * 1024];
            long left = DRAIN_LIMIT;
            int n;
            while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
                left -= n;
            }
        }
    }

    private HttpProblem tooLarge() {
        return new HttpProblem(413, "request body larger than the limit of " + config.maxBodyBytes() + " bytes");
    }

    static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            q.putIfAbsent(k, v);
        }
        return q;
    }

    private static Response problem(String path, HttpProblem p) {
        if (path.startsWith("/api/") || path.startsWith("/feeds/")) {
            return p.toResponse(path);
        }
        return new Response(p.status(), "text/html; charset=utf-8",
                Pages.error(p.status(), HttpProblem.title(p.status()), p.getMessage()).getBytes(StandardCharsets.UTF_8),
                Map.of());
    }

    static String etag(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(d, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange ex, Response r) throws IOException {
        var h = ex.getResponseHeaders();
        r.headers().forEach(h::set);
        h.set("Content-Type", r.contentType());
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Content-Security-Policy", CSP);
        h.set("X-Frame-Options", "DENY");
        h.putIfAbsent("Cache-Control", List.of("no-cache"));
        boolean noBody = r.status() == 304 || r.status() == 204 || ex.getRequestMethod().equalsIgnoreCase("HEAD");
        ex.sendResponseHeaders(r.status(), noBody ? -1 : r.body().length == 0 ? -1 : r.body().length);
        if (!noBody && r.body().length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        }
        ex.close();
    }

    @Override
    public void close() {
        http.stop(1);
        executor.shutdown();
    }
}
