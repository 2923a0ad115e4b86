package dev.parallax.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.article.Declared;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.Rejection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads article dumps written by the tools people already use: news-please's JSON (one article
 * object per file, or an array of them) and JSON Lines of {@code {url, title, text, published, …}}
 * (one object per line). Each item becomes a raw article whose stated metadata (title, date,
 * authors, language, site) is kept in {@link Declared}: an item with {@code html} is cleaned as a
 * page, an item with only {@code text} (news-please's {@code maintext}) takes the plain-text path.
 * An item that is not JSON, not an object, or has neither text nor HTML is rejected with its line or
 * position; the rest of the dump goes on.
 *
 * <p>Field names read, first present wins: url {@code url}; html {@code html, raw_html}; text
 * {@code text, maintext, content, body}; title {@code title, title_page, title_rss, headline};
 * published {@code published, date_publish, publish_date, date_published, date}; captured
 * {@code date_download, fetched, crawled, captured}; authors {@code authors, author, byline}
 * (a list or a string); language {@code language, lang}; outlet {@code source_domain, outlet,
 * site_name, source}.
 */
public final class JsonDumps {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxItemChars;

    /** {@code maxItemChars}: the longest line (JSON Lines) accepted; longer lines are rejected. */
    public JsonDumps(long maxItemChars) {
        this.maxItemChars = maxItemChars;
    }

    /** Whether a file name (after any {@code .gz}) says JSON Lines. */
    static boolean isJsonLines(String name) {
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /** Reads JSON Lines from {@code in}; {@code name} names the dump in rejections. */
    public void readLines(String name, InputStream in, ArticleSink sink) throws IOException {
        Reader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        StringBuilder line = new StringBuilder();
        long number = 0;
        boolean tooLong = false;
        int c;
        while (true) {
            c = r.read();
            if (c == '\n' || c == -1) {
                if (c == -1 && line.isEmpty() && !tooLong) {
                    return;
                }
                number++;
                String where = name + " line " + number;
                if (tooLong) {
                    sink.rejected(new Rejection(where, "line longer than the limit of " + maxItemChars + " characters"));
                } else if (!line.toString().isBlank()) {
                    item(line.toString(), where, sink);
                }
                line.setLength(0);
                tooLong = false;
                if (c == -1) {
                    return;
                }
            } else if (!tooLong) {
                line.append((char) c);
                if (line.length() > maxItemChars) {
                    tooLong = true;
                    line.setLength(0);
                }
            }
        }
    }

    /** Reads a news-please style JSON file: one article object, or an array of them. */
    public void readDocument(String name, InputStream in, ArticleSink sink) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                map(JSON.readTree(p), name, sink);
            } else if (first == JsonToken.START_ARRAY) {
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String where = name + " item " + (++index);
                    JsonNode node = JSON.readTree(p);
                    map(node, where, sink);
                }
            } else {
                sink.rejected(new Rejection(name, "not a JSON article dump: expected an object or an array of objects"));
            }
        } catch (JsonProcessingException e) {
            sink.rejected(new Rejection(name, "not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")"));
        }
    }

    private static void item(String line, String where, ArticleSink sink) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.rejected(new Rejection(where, "not valid JSON: " + e.getOriginalMessage()));
            return;
        }
        map(node, where, sink);
    }

    private static void map(JsonNode node, String where, ArticleSink sink) {
        if (node == null || !node.isObject()) {
            sink.rejected(new Rejection(where, "not a JSON object"));
            return;
        }
        String url = text(node, "url");
        String input = url != null && isWebUrl(url) ? url : where;
        String html = text(node, "html", "raw_html");
        String body = text(node, "text", "maintext", "content", "body");
        if (html == null && body == null) {
            sink.rejected(new Rejection(url == null ? where : url + " (" + where + ")",
                    "no article text: the item has none of html, text, maintext, content, body"));
            return;
        }
        Declared declared = new Declared(text(node, "title", "title_page", "title_rss", "headline"),
                text(node, "published", "date_publish", "publish_date", "date_published", "date"),
                authors(node), text(node, "language", "lang"), text(node, "source_domain", "outlet", "site_name", "source"),
                text(node, "date_download", "fetched", "crawled", "captured"));
        sink.article(html != null
                ? new RawArticle(input, RawArticle.Format.HTML, html, declared)
                : new RawArticle(input, RawArticle.Format.TEXT, body, declared));
    }

    private static String text(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && (v.isTextual() || v.isNumber()) && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    private static String authors(JsonNode node) {
        for (String n : new String[] {"authors", "author", "byline"}) {
            JsonNode v = node.get(n);
            if (v == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            if (v.isArray()) {
                v.forEach(a -> {
                    String s = a.isTextual() ? a.asText() : a.isObject() && a.has("name") ? a.get("name").asText() : null;
                    if (s != null && !s.isBlank()) {
                        names.add(s.strip());
                    }
                });
            } else if (v.isTextual() && !v.asText().isBlank()) {
                names.add(v.asText().strip());
            }
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        return null;
    }

    private static boolean isWebUrl(String s) {
        String l = s.strip().toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }
}
