package dev.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTest {
    @TempDir
    Path dir;

    static String article(String url, String title, String text) {
        return "{\"url\":\"" + url + "\",\"title\":\"" + title + "\",\"outlet\":\"Example News\",\"published\":\"2025-04-28\","
                + "\"text\":\"" + text + "\"}";
    }

    static final String FLOOD = "Heavy rain flooded the river valley on Monday and forced thousands of residents to leave their homes. "
            + "Rescue teams used boats to reach villages cut off by the water, officials said. The regional governor declared "
            + "an emergency and asked the army for help with the evacuation of the valley.";
    static final String FLOOD_2 = "Thousands of residents left their homes in the river valley after heavy rain flooded villages on Monday. "
            + "Officials said rescue teams reached cut off villages by boat. The governor declared an emergency in the valley "
            + "and the army joined the evacuation of residents.";

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return StoryJson.MAPPER.readTree(r.body());
    }

    @Test
    void writesNeedTheTokenAndStoriesUpdateOnArrival() throws Exception {
        try (TestServer s = new TestServer(dir)) {
            String one = article("https://example.org/flood-1", "Valley flooded", FLOOD);
            HttpResponse<String> none = s.post("/api/articles", "application/json", one, null);
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("content-type")).hasValue("application/problem+json");
            assertThat(json(none).get("status").asInt()).isEqualTo(401);
            assertThat(none.headers().firstValue("www-authenticate")).get().asString().startsWith("Bearer");
            assertThat(s.post("/api/articles", "application/json", one, "wrong-token-0123456789").statusCode()).isEqualTo(401);
            assertThat(s.store.articleCount()).isZero();

            HttpResponse<String> ok = s.post("/api/articles", "application/json", one, TestServer.TOKEN);
            assertThat(ok.statusCode()).isEqualTo(201);
            JsonNode receipt = json(ok).get("receipts").get(0);
            assertThat(receipt.get("status").asText()).isEqualTo("stored");
            String story = receipt.get("story").asText();

            HttpResponse<String> batch = s.post("/api/articles", "application/json",
                    "[" + article("https://example.org/flood-2", "Thousands flee valley floods", FLOOD_2) + ","
                            + article("https://example.org/flood-1", "Valley flooded", FLOOD) + ",{\"url\":\"x\"}]",
                    TestServer.TOKEN);
            JsonNode receipts = json(batch).get("receipts");
            assertThat(receipts.get(0).get("status").asText()).isEqualTo("stored");
            assertThat(receipts.get(0).get("story").asText()).isEqualTo(story);
            assertThat(receipts.get(1).get("status").asText()).isEqualTo("duplicate");
            assertThat(receipts.get(2).get("status").asText()).isEqualTo("rejected");
            assertThat(receipts.get(2).get("reason").asText()).contains("exactly one of 'html' and 'text'");

            HttpResponse<String> list = s.get("/api/stories");
            assertThat(list.statusCode()).isEqualTo(200);
            JsonNode first = json(list).get("stories").get(0);
            assertThat(first.get("id").asText()).isEqualTo(story);
            assertThat(first.get("articles").asInt()).isEqualTo(2);

            JsonNode view = json(s.get("/api/stories/" + story));
            assertThat(view.get("articles")).hasSize(2);
            assertThat(view.get("brief").size()).isPositive();
            assertThat(json(s.get("/api/stories?outlet=example+news")).get("stories")).hasSize(1);
            assertThat(json(s.get("/api/stories?outlet=other")).get("stories")).isEmpty();
            assertThat(json(s.get("/api/stories?q=evacuation+valley")).get("stories")).hasSize(1);
            assertThat(json(s.get("/api/search?q=boats+rescue")).get("articles").size()).isPositive();
        }
    }

    @Test
    void readsCarryEtagsAndErrorsAreProblems() throws Exception {
        try (TestServer s = new TestServer(dir)) {
            s.post("/api/articles", "text/plain", FLOOD, TestServer.TOKEN);
            HttpResponse<String> r = s.get("/api/stories");
            String etag = r.headers().firstValue("etag").orElseThrow();
            assertThat(s.get("/api/stories", "If-None-Match", etag).statusCode()).isEqualTo(304);
            s.post("/api/articles", "text/plain", FLOOD_2, TestServer.TOKEN);
            assertThat(s.get("/api/stories", "If-None-Match", etag).statusCode()).isEqualTo(200);

            HttpResponse<String> missing = s.get("/api/articles/a-000000000000");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(json(missing).get("detail").asText()).isEqualTo("no article a-000000000000");
            assertThat(json(missing).get("instance").asText()).isEqualTo("/api/articles/a-000000000000");
            assertThat(s.get("/api/stories?limit=0").statusCode()).isEqualTo(400);
            assertThat(s.get("/api/stories?since=yesterday").statusCode()).isEqualTo(400);
            assertThat(s.get("/api/search").statusCode()).isEqualTo(400);
            assertThat(s.post("/api/articles", "application/xml", "<a/>", TestServer.TOKEN).statusCode()).isEqualTo(415);
            assertThat(s.post("/api/articles", "application/json", "{not json", TestServer.TOKEN).statusCode()).isEqualTo(400);
            HttpResponse<String> big = s.post("/api/articles", "text/plain", "word ".repeat(20_000), TestServer.TOKEN);
            assertThat(big.statusCode()).isEqualTo(413);
            assertThat(json(big).get("title").asText()).isEqualTo("Content Too Large");
            HttpResponse<String> wrongMethod = s.post("/api/stories", "application/json", "{}", TestServer.TOKEN);
            assertThat(wrongMethod.statusCode()).isEqualTo(405);
            assertThat(wrongMethod.headers().firstValue("allow")).hasValue("GET");
            assertThat(json(s.get("/api/openapi.json")).get("openapi").asText()).startsWith("3.");
        }
    }

    @Test
    void listensOnLoopbackByDefault() throws Exception {
        try (TestServer s = new TestServer(dir)) {
            assertThat(s.server.address().getAddress().isLoopbackAddress()).isTrue();
        }
        assertThat(ServerConfig.loopback(0, TestServer.TOKEN).bind()).isEqualTo("127.0.0.1");
    }

    @Test
    void aRestartKeepsStoriesAndAssignsWhatWasStoredWithoutOne() throws Exception {
        String story;
        try (TestServer s = new TestServer(dir)) {
            story = json(s.post("/api/articles", "text/plain", FLOOD, TestServer.TOKEN)).get("receipts").get(0)
                    .get("story").asText();
        }
        try (TestServer s = new TestServer(dir)) {
            JsonNode r = json(s.post("/api/articles", "text/plain", FLOOD_2, TestServer.TOKEN)).get("receipts").get(0);
            assertThat(r.get("story").asText()).isEqualTo(story);
            assertThat(s.desk.storyCount()).isEqualTo(1);
        }
    }

    @Test
    void failuresListRejectionsNewestFirstByPagesAndTheFeedsFailingNow() throws Exception {
        try (TestServer s = new TestServer(dir)) {
            s.post("/api/articles", "application/json", "[{\"url\":\"https://example.org/a\"},{\"input\":\"b\",\"text\":\"Too short.\"},"
                    + "{\"input\":\"c\",\"html\":\"<p>x</p>\",\"text\":\"y\"}]", TestServer.TOKEN);
            java.time.Instant now = java.time.Instant.now();
            s.store.feeds().save(new dev.parallax.core.source.FeedState("https://feeds.example/gone.rss", null, null,
                    java.time.Duration.ofMinutes(10), now.plusSeconds(600), now, "HTTP 410 Gone", 3));

            JsonNode first = json(s.get("/api/failures?limit=2"));
            assertThat(first.get("rejections")).extracting(n -> n.get("input").asText()).containsExactly("c", "b");
            assertThat(first.get("rejections").get(1).get("reason").asText()).isNotBlank();
            assertThat(first.get("rejections").get(1).get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
            assertThat(first.get("feeds")).hasSize(1);
            assertThat(first.get("feeds").get(0).get("error").asText()).isEqualTo("HTTP 410 Gone");
            assertThat(first.get("feeds").get(0).get("failures").asInt()).isEqualTo(3);
            String next = first.get("next").asText();
            JsonNode second = json(s.get(next));
            assertThat(second.get("rejections")).extracting(n -> n.get("input").asText())
                    .containsExactly("https://example.org/a");
            assertThat(second.get("feeds")).isEmpty();
            assertThat(second.get("next").isNull()).isTrue();

            for (String bad : java.util.List.of("/api/failures?cursor=abc", "/api/failures?limit=0", "/api/failures?limit=501")) {
                HttpResponse<String> r = s.get(bad);
                assertThat(r.statusCode()).as(bad).isEqualTo(400);
                assertThat(r.headers().firstValue("content-type")).as(bad).hasValue("application/problem+json");
            }
            HttpResponse<String> page = s.get("/problems");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("https://feeds.example/gone.rss", "HTTP 410 Gone", "3 failed polls in a row");
            assertThat(s.get("/").body()).contains("<a href=\"/problems\">Problems</a>");
            assertThat(json(s.get("/api/openapi.json")).get("paths").has("/api/failures")).isTrue();
        }
    }

    @Test
    void importedStoriesAreServedSearchedAndJoinedByArrivals() throws Exception {
        try (TestServer s = new TestServer(dir)) {
            var annotator = new dev.parallax.core.annotate.Annotator(TestServer::sentences, new TestServer.HashingEmbedder(),
                    text -> java.util.Optional.of("en"));
            var cleaner = new dev.parallax.core.clean.ArticleCleaner();
            java.util.function.Function<String, dev.parallax.core.annotate.AnnotatedArticle> annotate = text -> {
                try {
                    return annotator.annotate(cleaner.clean(new dev.parallax.core.article.RawArticle("import:" + text.hashCode(),
                            dev.parallax.core.article.RawArticle.Format.TEXT, text)));
                } catch (dev.parallax.core.article.RejectedInputException e) {
                    throw new IllegalStateException(e);
                }
            };
            String quake = "A strong earthquake shook the coastal city early on Tuesday and damaged dozens of old buildings. "
                    + "Firefighters searched the rubble for survivors while aftershocks rattled the region, officials said. "
                    + "The mayor opened schools as shelters for families whose homes were unsafe after the earthquake.";
            int added = s.desk.importStories(java.util.List.of(
                    java.util.List.of(annotate.apply(FLOOD), annotate.apply(FLOOD_2)),
                    java.util.List.of(annotate.apply(quake)),
                    java.util.List.of(annotate.apply(FLOOD)))); // stored already: left out, no story
            assertThat(added).isEqualTo(2);
            assertThat(s.store.articleCount()).isEqualTo(3);
            JsonNode list = json(s.get("/api/stories"));
            assertThat(list.get("stories")).hasSize(2);
            assertThat(list.get("stories")).extracting(n -> n.get("articles").asInt()).containsExactlyInAnyOrder(2, 1);
            assertThat(json(s.get("/api/search?q=earthquake")).get("stories").get(0).get("id").asText())
                    .isEqualTo(list.get("stories").get(0).get("id").asText());

            String flood = list.get("stories").get(1).get("id").asText();
            JsonNode r = json(s.post("/api/articles", "text/plain", FLOOD_2.replace("Monday", "Monday night") + " More rain fell.",
                    TestServer.TOKEN)).get("receipts").get(0);
            assertThat(r.get("story").asText()).isEqualTo(flood);
        }
    }
}
