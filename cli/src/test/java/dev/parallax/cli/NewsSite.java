package dev.parallax.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A news site on loopback for the CLI's network tests: feeds set by the test (answered 304 when
 * the client sends the feed's ETag back), an article page at {@code /news/PLACE} whose title
 * starts with the given headline, other files set by the test, and 404 for the rest. Records
 * every request, every article page fetched and every 304.
 */
final class NewsSite implements AutoCloseable {
    final Map<String, String> feeds = new ConcurrentHashMap<>();
    /** Other files: path → content type and body. */
    final Map<String, Map.Entry<String, byte[]>> files = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> pages = new CopyOnWriteArrayList<>();
    final List<String> notModified = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    /** @param headline how each article page's title begins ("Storm reaches" → "Storm reaches Oslo") */
    NewsSite(String headline) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            requests.add(path);
            byte[] body;
            int status = 200;
            String type = "text/html; charset=utf-8";
            if (feeds.containsKey(path)) {
                String feed = feeds.get(path);
                String etag = "\"" + Integer.toHexString(feed.hashCode()) + "\"";
                if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.add(path);
                    ex.sendResponseHeaders(304, -1);
                    ex.close();
                    return;
                }
                ex.getResponseHeaders().set("ETag", etag);
                body = feed.getBytes(StandardCharsets.UTF_8);
                type = path.endsWith(".atom") ? "application/atom+xml" : "application/rss+xml";
            } else if (path.startsWith("/news/")) {
                pages.add(path);
                String place = path.substring(6);
                body = ("<html><head><title>" + headline + " " + place + "</title></head><body><article><p>"
                        + IngestArchivesTest.body(place) + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
            } else if (files.containsKey(path)) {
                type = files.get(path).getKey();
                body = files.get(path).getValue();
            } else {
                status = 404;
                body = "none".getBytes(StandardCharsets.UTF_8);
            }
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
