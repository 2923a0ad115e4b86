package dev.parallax.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.core.article.Article;
import dev.parallax.core.article.ArticleIds;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.Rejection;
import dev.parallax.core.source.FeedState;
import dev.parallax.store.StoryRow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON API: story list and story, article, search, and the token-guarded article intake. */
final class ApiHandlers {
    private final Reads reads;
    private final StoryDesk desk;
    private final ServerConfig config;

    ApiHandlers(Reads reads, StoryDesk desk, ServerConfig config) {
        this.reads = reads;
        this.desk = desk;
        this.config = config;
    }

    Response stories(Request r) {
        List<StoryRow> rows = reads.stories(r, 20);
        int limit = Reads.intParam(r, "limit", 20, 1, 500);
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoryRow s : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("headline", s.headline());
            m.put("lead", s.lead());
            m.put("articles", s.articles());
            m.put("outlets", s.outlets());
            m.put("independentSources", s.independentSources());
            m.put("disputed", s.disputed());
            m.put("createdAt", s.createdAt());
            m.put("updatedAt", s.updatedAt());
            m.put("href", "/api/stories/" + s.id());
            out.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stories", out);
        body.put("next", rows.size() == limit ? nextLink("/api/stories", r, rows.get(rows.size() - 1).version()) : null);
        return Response.json(body);
    }

    /** The same query with the cursor moved past the last row. */
    static String nextLink(String path, Request r, long lastVersion) {
        return withQuery(path, r, lastVersion);
    }

    /** The path with the request's list parameters, and the cursor when not null. */
    static String withQuery(String path, Request r, Long cursor) {
        StringBuilder b = new StringBuilder(path);
        char sep = '?';
        if (cursor != null) {
            b.append("?cursor=").append(cursor);
            sep = '&';
        }
        for (String k : List.of("since", "entity", "outlet", "q", "limit")) {
            if (r.query(k) != null) {
                b.append(sep).append(k).append('=').append(Pages.enc(r.query(k)));
                sep = '&';
            }
        }
        return b.toString();
    }

    /** Feeds failing now and rejected inputs, newest first, a page at a time. */
    Response failures(Request r) {
        Reads.Failures f = reads.failures(r, 50);
        List<Map<String, Object>> feeds = new ArrayList<>();
        for (FeedState s : f.feeds()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("url", s.url());
            m.put("error", s.lastError());
            m.put("failures", s.failures());
            m.put("lastPolled", s.lastPolled() == null ? null : s.lastPolled().toString());
            m.put("nextPoll", s.nextPoll().toString());
            feeds.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("feeds", feeds);
        body.put("rejections", f.rejections());
        body.put("next", f.next() == null ? null : "/api/failures?cursor=" + f.next() + "&limit=" + f.limit());
        return Response.json(body);
    }

    Response story(Request r) {
        return reads.store.stories().viewJson(r.param(0)).map(Response::rawJson)
                .orElseThrow(() -> new HttpProblem(404, "no story " + r.param(0)));
    }

    Response article(Request r) {
        Article a = reads.store.article(r.param(0)).orElseThrow(() -> new HttpProblem(404, "no article " + r.param(0)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("article", a);
        body.put("stories", reads.store.stories().ofArticle(a.id()));
        return Response.json(body);
    }

    Response search(Request r) {
        String q = r.query("q");
        if (q == null) {
            throw new HttpProblem(400, "q is required: the words or sentence to search for");
        }
        int k = Reads.intParam(r, "limit", 10, 1, 100);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", q);
        body.put("stories", reads.search("story", q, k));
        body.put("articles", reads.search("article", q, k));
        return Response.json(body);
    }

    Response post(Request r) {
        authorize(r);
        List<Receipt> receipts = new ArrayList<>();
        switch (r.contentType()) {
            case "application/json" -> {
                JsonNode root;
                try {
                    root = StoryJson.MAPPER.readTree(r.body());
                } catch (JsonProcessingException e) {
                    throw new HttpProblem(400, "the body is not JSON: " + e.getOriginalMessage());
                } catch (java.io.IOException e) {
                    throw new HttpProblem(400, "the body cannot be read: " + e.getMessage());
                }
                if (root == null || !(root.isObject() || root.isArray())) {
                    throw new HttpProblem(400, "send one article object or an array of them");
                }
                List<JsonNode> items = new ArrayList<>();
                if (root.isArray()) {
                    root.forEach(items::add);
                } else {
                    items.add(root);
                }
                if (items.size() > config.maxBatch()) {
                    throw new HttpProblem(413, "a batch holds at most " + config.maxBatch() + " articles, not " + items.size());
                }
                for (int i = 0; i < items.size(); i++) {
                    receipts.add(one(items.get(i), i));
                }
            }
            case "text/html", "text/plain" -> {
                String content = r.bodyText();
                String name = name(r.query("url"), r.query("input"), content);
                RawArticle.Format f = r.contentType().equals("text/html") ? RawArticle.Format.HTML : RawArticle.Format.TEXT;
                receipts.add(desk.accept(new RawArticle(name, f, content),
                        new ArticleMeta(r.query("title"), r.query("outlet"), r.query("published"), r.query("language"))));
            }
            default -> throw new HttpProblem(415, "send application/json, text/html or text/plain, not '"
                    + r.contentType() + "'");
        }
        boolean stored = receipts.stream().anyMatch(x -> x.status() == Receipt.Status.STORED);
        return Response.json(stored ? 201 : 200, Map.of("receipts", receipts));
    }

    private Receipt one(JsonNode item, int index) {
        String input = text(item, "url") != null ? text(item, "url") : text(item, "input");
        if (!item.isObject()) {
            return desk.reject(new Rejection("item " + index, "not a JSON object"));
        }
        String html = text(item, "html");
        String plain = text(item, "text");
        if ((html == null) == (plain == null)) {
            return desk.reject(new Rejection(input == null ? "item " + index : input,
                    "give exactly one of 'html' and 'text' as a string"));
        }
        String content = html != null ? html : plain;
        RawArticle raw = new RawArticle(name(text(item, "url"), text(item, "input"), content),
                html != null ? RawArticle.Format.HTML : RawArticle.Format.TEXT, content);
        return desk.accept(raw, new ArticleMeta(text(item, "title"), text(item, "outlet"), text(item, "published"),
                text(item, "language")));
    }

    private static String text(JsonNode item, String field) {
        JsonNode n = item.get(field);
        return n != null && n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
    }

    /** The input's name: its URL, else the name the client gave, else one derived from the content. */
    private static String name(String url, String input, String content) {
        if (url != null) {
            return url.strip();
        }
        if (input != null) {
            return input.strip();
        }
        return "api:" + ArticleIds.forText(content).substring(2);
    }

    private void authorize(Request r) {
        String auth = r.header("authorization");
        Map<String, String> challenge = Map.of("WWW-Authenticate", "Bearer realm=\"parallax\"");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new HttpProblem(401, "writing needs the token given at start-up: Authorization: Bearer TOKEN", challenge);
        }
        byte[] given = auth.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, config.token().getBytes(StandardCharsets.UTF_8))) {
            throw new HttpProblem(401, "the token is wrong", Map.of("WWW-Authenticate",
                    "Bearer realm=\"parallax\", error=\"invalid_token\""));
        }
    }
}
