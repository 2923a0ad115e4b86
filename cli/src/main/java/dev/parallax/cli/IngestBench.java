package dev.parallax.cli;

import com.sun.net.httpserver.HttpServer;
import dev.parallax.core.annotate.LanguageDetector;
import dev.parallax.core.annotate.SentenceSplitter;
import dev.parallax.core.article.Article;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;
import dev.parallax.core.article.Rejection;
import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.ingest.ArticleSink;
import dev.parallax.ingest.fetch.AddressPolicy;
import dev.parallax.ingest.fetch.FetchSettings;
import dev.parallax.ingest.fetch.Fetcher;
import dev.parallax.ingest.fetch.PageFetcher;
import dev.parallax.nlp.NlpModels;
import dev.parallax.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * {@code parallax bench ingest}: pages per second through the whole URL path, end to end. A real
 * HTTP server on loopback serves the article-extraction pages gzip-encoded, as news sites do; the
 * real fetcher (robots.txt, address checks, throttle with no per-host delay) fetches them
 * {@code parallel} at a time, and each page is decoded, cleaned, annotated (language, sentences)
 * and stored in a fresh SQLite store (durable commits). Rounds after the warm-up ones are timed
 * with the wall clock; the figure is pages handled per second of a round (stored or rejected).
 */
final class IngestBench {
    /** Pages per second of each measured round, and the articles stored per round. */
    record Result(List<Double> pagesPerSecond, int pages, int stored) {
        double median() {
            List<Double> s = pagesPerSecond.stream().sorted().toList();
            return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
        }
    }

    private IngestBench() {}

    static Result run(Path dataRoot, boolean quick, int parallel) throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.list(dataRoot.resolve("article-extraction/html"))) {
            pages = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted(Comparator.naturalOrder()).toList();
        }
        if (quick) {
            pages = pages.subList(0, Math.min(40, pages.size()));
        }
        HttpServer server = serve(pages);
        try {
            int port = server.getAddress().getPort();
            List<String> urls = pages.stream().map(p -> "http://127.0.0.1:" + port + "/" + p.getFileName()).toList();
            FetchSettings settings = FetchSettings.defaults(null)
                    .withAddresses(AddressPolicy.publicAnd(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)))
                    .withHostLimits(Duration.ZERO, parallel);
            LanguageDetector languages = NlpModels.languages();
            SentenceSplitter sentences = NlpModels.sentences();
            int warmup = quick ? 1 : 2;
            int measured = quick ? 2 : 5;
            List<Double> rates = new ArrayList<>();
            int stored = 0;
            for (int round = 0; round < warmup + measured; round++) {
                Path dir = Files.createTempDirectory("parallax-bench-ingest");
                try (Store store = Store.open(dir, Clock.systemUTC()); Fetcher fetcher = new Fetcher(settings)) {
                    Counting sink = new Counting(store, languages, sentences);
                    long t0 = System.nanoTime();
                    new PageFetcher(fetcher, parallel).fetchAll(urls, null, sink);
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    if (round >= warmup) {
                        rates.add(urls.size() / seconds);
                        stored = sink.stored;
                    }
                } finally {
                    TempTrees.delete(dir);
                }
            }
            return new Result(rates, urls.size(), stored);
        } finally {
            server.stop(0);
        }
    }

    /** Cleans, annotates and stores each page: the work of {@code parallax ingest} and of the feed poller. */
    private static final class Counting implements ArticleSink {
        final Store store;
        final LanguageDetector languages;
        final SentenceSplitter sentences;
        final ArticleCleaner cleaner = new ArticleCleaner();
        int stored;

        Counting(Store store, LanguageDetector languages, SentenceSplitter sentences) {
            this.store = store;
            this.languages = languages;
            this.sentences = sentences;
        }

        @Override
        public void article(RawArticle raw) {
            try {
                Article a = cleaner.clean(raw);
                sentences.split(a.text());
                if (store.put(a.withLanguage(languages.detect(a.text()).orElse(a.language()))) == Store.Put.STORED) {
                    stored++;
                }
            } catch (RejectedInputException e) {
                store.reject(e.toRejection(raw.input()));
            }
        }

        @Override
        public void rejected(Rejection r) {
            store.reject(r);
        }

        @Override
        public void skipped(String kind) {
        }
    }

    private static HttpServer serve(List<Path> pages) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", ex -> {
            String name = ex.getRequestURI().getPath().substring(1);
            Path file = pages.stream().filter(p -> p.getFileName().toString().equals(name)).findFirst().orElse(null);
            if (file == null) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            byte[] gz = Files.readAllBytes(file);
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, gz.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(gz);
            }
        });
        server.start();
        return server;
    }
}
