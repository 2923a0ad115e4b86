package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.article.Article;
import dev.parallax.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code parallax serve --feeds} in this JVM, with the real models, store, index and fetcher, following
 * an RSS feed that a test server serves on loopback (allowed for that exact address and port only):
 * a new entry reaches the store, a story and {@code GET /api/stories}; unchanged polls are answered
 * 304 and nothing is fetched or stored twice; a failing feed shows in {@code GET /api/failures}.
 */
class ServeFeedsTest {
    private static final String TOKEN = "serve-feeds-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    NewsSite site;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startFeeds() throws IOException {
        site = new NewsSite("Flood in");
    }

    @AfterEach
    void stopFeeds() {
        site.close();
    }

    String feedUrl(String path) {
        return site.url(path);
    }

    String rss(String... places) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < places.length; i++) {
            items.append("<item><title>Flood in ").append(places[i]).append("</title><link>")
                    .append(feedUrl("/news/" + places[i])).append("</link><pubDate>Mon, 03 Jun 2024 0").append(i)
                    .append(":00:00 GMT</pubDate></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>" + feedUrl("/")
                + "</link><description>d</description>" + items + "</channel></rss>";
    }

    @Test
    void followedFeedsReachTheStoriesOnceEach() throws Exception {
        site.feeds.put("/wire.rss", rss("Oslo"));
        Path list = Files.writeString(tmp.resolve("feeds.txt"), feedUrl("/wire.rss") + "\n" + feedUrl("/dead.rss") + "\n");
        Path data = tmp.resolve("store");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ParallaxCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        cl.parseArgs("serve", "--data", data.toString(), "--port", "0", "--token", TOKEN, "--feeds", list.toString(),
                "--allow-address", "127.0.0.1:" + site.port(), "--host-delay-ms", "0",
                "--poll-min", "100ms", "--poll-max", "200ms");
        ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
        List<String> articleIds = new ArrayList<>();
        try (ServeCommand.Serving s = serve.start()) {
            assertThat(s.followingFeeds()).isTrue();
            waitFor(() -> articles(s.url()) == 1);
            waitFor(() -> !site.notModified.isEmpty()); // polled again, answered 304
            site.feeds.put("/wire.rss", rss("Oslo", "Lima"));
            waitFor(() -> articles(s.url()) == 2);
            int polls = site.notModified.size();
            waitFor(() -> site.notModified.size() > polls + 1); // the new feed document is 304 in its turn

            JsonNode stories = get(s.url(), "/api/stories").get("stories");
            for (JsonNode story : stories) {
                JsonNode view = get(s.url(), "/api/stories/" + story.get("id").asText());
                view.get("articles").forEach(a -> articleIds.add(a.get("id").asText()));
            }
            assertThat(articleIds).hasSize(2).doesNotHaveDuplicates();
            for (String id : articleIds) {
                assertThat(get(s.url(), "/api/articles/" + id).get("stories")).hasSize(1);
            }
            JsonNode failures = get(s.url(), "/api/failures");
            assertThat(failures.get("feeds").get(0).get("url").asText()).isEqualTo(feedUrl("/dead.rss"));
            assertThat(failures.get("feeds").get(0).get("error").asText()).isEqualTo("HTTP 404 Not Found");
        }
        assertThat(out.toString()).contains("Following 2 feeds from " + list);
        assertThat(err.toString()).contains("rejected " + feedUrl("/dead.rss") + ": feed: HTTP 404 Not Found");
        assertThat(site.pages).containsExactly("/news/Oslo", "/news/Lima"); // each page fetched once, oldest first
        try (Store store = Store.open(data, Clock.systemUTC())) {
            assertThat(store.articles()).extracting(Article::title).containsExactly("Flood in Oslo", "Flood in Lima");
            assertThat(store.articles()).extracting(Article::id).containsExactlyInAnyOrderElementsOf(articleIds);
        }
    }

    @Test
    void feedsOnLoopbackAreRefusedUnlessAllowed() throws Exception {
        site.feeds.put("/wire.rss", rss("Oslo"));
        Path list = Files.writeString(tmp.resolve("feeds.txt"), feedUrl("/wire.rss") + "\n");
        StringWriter err = new StringWriter();
        CommandLine cl = ParallaxCli.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        cl.parseArgs("serve", "--data", tmp.resolve("store").toString(), "--port", "0", "--token", TOKEN,
                "--feeds", list.toString(), "--poll-min", "100ms", "--poll-max", "200ms");
        ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
        try (ServeCommand.Serving s = serve.start()) {
            waitFor(() -> err.toString().contains("rejected " + feedUrl("/wire.rss")));
            assertThat(articles(s.url())).isZero();
        }
        assertThat(err.toString()).contains("not a public address");
        assertThat(site.pages).isEmpty();
    }

    private int articles(String base) {
        try {
            int n = 0;
            for (JsonNode s : get(base, "/api/stories").get("stories")) {
                n += s.get("articles").asInt();
            }
            return n;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode get(String base, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 30 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
