package dev.parallax.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.Rejection;
import dev.parallax.ingest.ArticleSink;
import dev.parallax.ingest.LoopbackServer;
import dev.parallax.ingest.fetch.AddressPolicy;
import dev.parallax.ingest.fetch.FetchSettings;
import dev.parallax.ingest.fetch.Fetcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed poller against feeds, sitemaps and pages served on loopback. */
class FeedPollerTest {
    private final LoopbackServer server = new LoopbackServer();
    private final MemoryFeedLedger ledger = new MemoryFeedLedger();
    private final List<RawArticle> articles = new ArrayList<>();
    private final List<Rejection> rejected = new ArrayList<>();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2024-05-01T12:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @TempDir
    Path tmp;

    @AfterEach
    void stop() {
        server.close();
    }

    private final ArticleSink sink = new ArticleSink() {
        @Override
        public void article(RawArticle a) {
            articles.add(a);
        }

        @Override
        public void rejected(Rejection r) {
            rejected.add(r);
        }

        @Override
        public void skipped(String kind) {
        }
    };

    private Fetcher fetcher() {
        return new Fetcher(FetchSettings.defaults(null).withAddresses(AddressPolicy.publicAnd(server.address()))
                .withHostLimits(Duration.ZERO, 4).withRetries(1, Duration.ofMillis(10), Duration.ofSeconds(1)));
    }

    private FeedPoller poller(Fetcher f) {
        return new FeedPoller(f, 4, ledger, clock, PollSchedule.defaults(), sink);
    }

    private void pages(String... names) {
        for (String n : names) {
            server.page("/news/" + n, "text/html; charset=utf-8", "<html><body><article><p>" + n + " page</p></article></body></html>");
        }
    }

    private String rss(String... names) {
        StringBuilder items = new StringBuilder();
        int day = names.length; // newest first, as feeds list them
        for (String n : names) {
            items.append("<item><title>Title ").append(n).append("</title><link>").append(server.url("/news/" + n))
                    .append("</link><guid>").append(n).append("</guid><pubDate>Wed, 0").append(day--)
                    .append(" May 2024 08:00:00 GMT</pubDate></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>T</title><link>"
                + server.url("/") + "</link><description>d</description>" + items + "</channel></rss>";
    }

    @Test
    void pollsAnRssFeedConditionallyAndFetchesOnlyNewItems() {
        pages("a", "b", "c");
        AtomicReference<String> body = new AtomicReference<>(rss("b", "a")); // newest first, as feeds list them
        server.route("/rss", ex -> {
            String etag = "\"" + body.get().hashCode() + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", etag);
            LoopbackServer.send(ex, 200, "application/rss+xml", body.get());
        });
        try (Fetcher f = fetcher()) {
            FeedPoller p = poller(f);
            FeedPoller.Report first = p.poll(server.url("/rss"));
            assertThat(first.kind()).isEqualTo("RSS");
            assertThat(first.fresh()).isEqualTo(2);
            assertThat(articles).extracting(RawArticle::input).containsExactly(server.url("/news/a"), server.url("/news/b"));
            assertThat(articles.get(0).declared().title()).isEqualTo("Title a");
            assertThat(articles.get(0).declared().published()).isEqualTo("2024-05-01T08:00:00Z");
            Duration afterNew = ledger.feeds.get(server.url("/rss")).interval();
            assertThat(afterNew).isEqualTo(Duration.ofMinutes(15)); // new items: polled more often

            FeedPoller.Report unchanged = p.poll(server.url("/rss"));
            assertThat(unchanged.notModified()).isTrue();
            assertThat(ledger.feeds.get(server.url("/rss")).interval()).isEqualTo(Duration.ofMinutes(22).plusSeconds(30));

            body.set(rss("c", "b", "a"));
            FeedPoller.Report third = p.poll(server.url("/rss"));
            assertThat(third.fresh()).isEqualTo(1);
        }
        assertThat(articles).extracting(RawArticle::input).endsWith(server.url("/news/c"));
        assertThat(server.requests("/news/a")).hasSize(1);
        assertThat(server.requests("/news/b")).hasSize(1);
        assertThat(server.requests("/rss").get(1).header("If-None-Match")).isNotNull();
        assertThat(rejected).isEmpty();
    }

    @Test
    void readsAtomAndRecordsFailedItemsAndFeeds() {
        pages("x");
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title>"
                + "<id>urn:a</id><updated>2024-05-01T00:00:00Z</updated>"
                + "<entry><title>X</title><id>urn:x</id><link href=\"/news/x\"/><updated>2024-05-01T00:00:00Z</updated></entry>"
                + "<entry><title>Gone</title><id>urn:g</id><link href=\"/news/gone\"/><updated>2024-05-01T01:00:00Z</updated></entry>"
                + "</feed>";
        server.page("/atom", "application/atom+xml", atom);
        server.page("/not-a-feed", "text/html", "<html><body>hello</body></html>");
        try (Fetcher f = fetcher()) {
            FeedPoller p = poller(f);
            assertThat(p.poll(server.url("/atom")).kind()).isEqualTo("Atom");
            FeedPoller.Report bad = p.poll(server.url("/not-a-feed"));
            assertThat(bad.error()).startsWith("not a feed or sitemap");
            FeedPoller.Report missing = p.poll(server.url("/missing-feed"));
            assertThat(missing.error()).isEqualTo("HTTP 404 Not Found");
            assertThat(ledger.feeds.get(server.url("/missing-feed")).failures()).isEqualTo(1);
            assertThat(ledger.feeds.get(server.url("/missing-feed")).interval()).isEqualTo(Duration.ofHours(1));
        }
        assertThat(articles).extracting(RawArticle::input).containsExactly(server.url("/news/x"));
        assertThat(rejected).extracting(Rejection::input)
                .containsExactly(server.url("/news/gone"), server.url("/not-a-feed"), server.url("/missing-feed"));
        assertThat(ledger.seen).containsKey(server.url("/news/gone")); // a 404 is final: not fetched again
    }

    @Test
    void followsASitemapIndexToANewsSitemapAndASitemap() {
        pages("n1", "n2", "s1");
        server.page("/sitemap-index.xml", "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + server.url("/news-sitemap.xml") + "</loc></sitemap>"
                + "<sitemap><loc>" + server.url("/sitemap.xml") + "</loc></sitemap></sitemapindex>");
        server.page("/news-sitemap.xml", "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                + "<url><loc>" + server.url("/news/n2") + "</loc><news:news><news:publication><news:name>P</news:name>"
                + "<news:language>de</news:language></news:publication><news:publication_date>2024-05-01T10:00:00Z"
                + "</news:publication_date><news:title>Zwei</news:title></news:news></url>"
                + "<url><loc>" + server.url("/news/n1") + "</loc><news:news><news:publication><news:name>P</news:name>"
                + "<news:language>de</news:language></news:publication><news:publication_date>2024-05-01T09:00:00Z"
                + "</news:publication_date><news:title>Eins</news:title></news:news></url></urlset>");
        server.page("/sitemap.xml", "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + server.url("/news/s1")
                + "</loc><lastmod>2024-05-01</lastmod></url></urlset>");
        try (Fetcher f = fetcher()) {
            FeedPoller.Report r = poller(f).poll(server.url("/sitemap-index.xml"));
            assertThat(r.kind()).isEqualTo("sitemap index");
            assertThat(r.entries()).isEqualTo(3);
        }
        assertThat(rejected).isEmpty();
        assertThat(articles).extracting(RawArticle::input)
                .containsExactly(server.url("/news/s1"), server.url("/news/n1"), server.url("/news/n2"));
        RawArticle n1 = articles.get(1);
        assertThat(n1.declared().title()).isEqualTo("Eins");
        assertThat(n1.declared().language()).isEqualTo("de");
        assertThat(n1.declared().published()).isEqualTo("2024-05-01T09:00:00Z");
    }

    @Test
    void pollDueWaitsOutEachFeedsInterval() {
        pages("a");
        server.page("/rss", "application/rss+xml", rss("a"));
        try (Fetcher f = fetcher()) {
            FeedPoller p = poller(f);
            Instant next = p.pollDue(List.of(server.url("/rss")));
            assertThat(next).isEqualTo(now.get().plus(Duration.ofMinutes(15)));
            now.set(now.get().plus(Duration.ofMinutes(10)));
            assertThat(p.pollDue(List.of(server.url("/rss")))).isEqualTo(next); // not due: not fetched
            assertThat(server.requests("/rss")).hasSize(1);
            now.set(next);
            p.pollDue(List.of(server.url("/rss")));
            assertThat(server.requests("/rss")).hasSize(2);
        }
        assertThat(server.requests("/news/a")).hasSize(1);
    }

    @Test
    void readsOpmlWithNestedFoldersAndPlainLists() throws IOException {
        Path opml = Files.writeString(tmp.resolve("feeds.opml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>Subscriptions</title></head><body>
                  <outline text="World" title="World">
                    <outline type="rss" text="One" xmlUrl="https://one.example/rss" htmlUrl="https://one.example/"/>
                    <outline type="rss" text="Two" xmlUrl="https://two.example/atom.xml"/>
                  </outline>
                  <outline type="rss" text="One again" xmlUrl="https://one.example/rss"/>
                  <outline text="no feed"/>
                </body></opml>
                """);
        assertThat(FeedList.read(opml)).containsExactly("https://one.example/rss", "https://two.example/atom.xml");
        Path list = Files.writeString(tmp.resolve("feeds.txt"), "# feeds\nhttps://one.example/rss\n\nhttps://three.example/sitemap.xml\n");
        assertThat(FeedList.read(list)).containsExactly("https://one.example/rss", "https://three.example/sitemap.xml");
    }
}
