package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.article.Article;
import dev.parallax.ingest.feed.FeedPoller;
import dev.parallax.ingest.feed.PollSchedule;
import dev.parallax.ingest.fetch.AddressPolicy;
import dev.parallax.ingest.fetch.FetchSettings;
import dev.parallax.ingest.fetch.Fetcher;
import dev.parallax.nlp.NlpModels;
import dev.parallax.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax ingest --feeds} and the feed poller keeping a real store up to date, against feeds on loopback. */
class IngestFeedsTest {
    @TempDir
    Path tmp;

    NewsSite site;

    @BeforeEach
    void start() throws IOException {
        site = new NewsSite("Storm reaches");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    String url(String path) {
        return site.url(path);
    }

    String rss(String... places) {
        StringBuilder items = new StringBuilder();
        for (String p : places) {
            items.append("<item><title>Storm in ").append(p).append("</title><link>").append(url("/news/" + p))
                    .append("</link><pubDate>Mon, 03 Jun 2024 0").append(p.length() % 10).append(":00:00 GMT</pubDate></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>" + url("/")
                + "</link><description>d</description>" + items + "</channel></rss>";
    }

    @Test
    void ingestsNewFeedEntriesOnceAcrossRuns() throws IOException {
        site.feeds.put("/wire.rss", rss("Oslo", "Lima"));
        site.feeds.put("/local.atom", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>L</title><id>urn:l</id>"
                + "<updated>2024-06-03T00:00:00Z</updated><entry><title>Storm in Quito</title><id>urn:q</id>"
                + "<link href=\"" + url("/news/Quito") + "\"/><updated>2024-06-03T05:00:00Z</updated></entry></feed>");
        Path opml = Files.writeString(tmp.resolve("feeds.opml"), "<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body>"
                + "<outline text=\"News\"><outline type=\"rss\" text=\"Wire\" xmlUrl=\"" + url("/wire.rss") + "\"/>"
                + "<outline type=\"rss\" text=\"Local\" xmlUrl=\"" + url("/local.atom") + "\"/>"
                + "<outline type=\"rss\" text=\"Dead\" xmlUrl=\"" + url("/dead.rss") + "\"/></outline></body></opml>");
        Path data = tmp.resolve("store");
        String[] args = {"ingest", "--feeds", opml.toString(), "--data", data.toString(), "--allow-private-addresses",
            "--host-delay-ms", "0"};

        DigestEndToEndTest.Run first = DigestEndToEndTest.run(args);
        assertThat(first.out()).contains("feed " + url("/wire.rss") + ": RSS, 2 entries, 2 new",
                "feed " + url("/local.atom") + ": Atom, 1 entry, 1 new",
                "feed " + url("/dead.rss") + ": failed: HTTP 404 Not Found",
                "rejected " + url("/dead.rss") + ": feed: HTTP 404 Not Found",
                "Stored 3 new articles");
        assertThat(first.exit()).isEqualTo(1);

        site.feeds.put("/wire.rss", rss("Oslo", "Lima", "Kyiv"));
        DigestEndToEndTest.Run second = DigestEndToEndTest.run(args);
        assertThat(second.out()).contains("feed " + url("/wire.rss") + ": RSS, 3 entries, 1 new",
                "feed " + url("/local.atom") + ": not modified", "Stored 1 new article in");
        assertThat(site.requests.stream().filter(p -> p.startsWith("/news/")).toList())
                .containsExactlyInAnyOrder("/news/Oslo", "/news/Lima", "/news/Quito", "/news/Kyiv"); // each page once
        assertThat(site.notModified).containsExactly("/local.atom");

        try (Store store = Store.open(data, Clock.systemUTC())) {
            assertThat(store.articles()).extracting(Article::title)
                    .containsExactlyInAnyOrder("Storm in Oslo", "Storm in Lima", "Storm in Quito", "Storm in Kyiv");
            assertThat(store.feeds().feed(url("/dead.rss")).orElseThrow().lastError()).isEqualTo("HTTP 404 Not Found");
        }
    }

    @Test
    void thePollerKeepsAStoreUpToDate() throws Exception {
        site.feeds.put("/wire.rss", rss("Oslo"));
        FetchSettings settings = FetchSettings.defaults(null)
                .withAddresses(AddressPolicy.publicAnd(new InetSocketAddress(InetAddress.getLoopbackAddress(), site.port())))
                .withHostLimits(Duration.ZERO, 2);
        PollSchedule fast = new PollSchedule(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
        AtomicBoolean stop = new AtomicBoolean();
        try (Store store = Store.open(tmp.resolve("store"), Clock.systemUTC()); Fetcher fetcher = new Fetcher(settings)) {
            StoreSink sink = new StoreSink(store, NlpModels.languages(), new PrintWriter(new StringWriter()));
            FeedPoller poller = new FeedPoller(fetcher, 2, store.feeds(), Clock.systemUTC(), fast, sink);
            Thread loop = new Thread(() -> {
                try {
                    poller.run(List.of(url("/wire.rss")), stop::get);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            loop.start();
            waitFor(() -> store.articleCount() == 1);
            site.feeds.put("/wire.rss", rss("Oslo", "Lima"));
            waitFor(() -> store.articleCount() == 2);
            stop.set(true);
            loop.join(5000);
            assertThat(loop.isAlive()).isFalse();
            assertThat(store.articles()).extracting(Article::title).containsExactly("Storm in Oslo", "Storm in Lima");
        }
        assertThat(site.requests.stream().filter(p -> p.startsWith("/news/")).toList()).containsExactly("/news/Oslo", "/news/Lima");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
