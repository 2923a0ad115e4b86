package dev.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Annotator;
import dev.parallax.core.annotate.Embedder;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.Vectors;
import dev.parallax.core.article.Article;
import dev.parallax.core.article.ArticleIds;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;
import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.core.pipeline.DigestOptions;
import dev.parallax.ingest.FileInputs;
import dev.parallax.nlp.NlpModels;
import dev.parallax.server.ParallaxServer;
import dev.parallax.server.Routes;
import dev.parallax.server.ServerConfig;
import dev.parallax.server.StoryDesk;
import dev.parallax.store.SearchIndex;
import dev.parallax.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * {@code parallax bench serve}: API latency under concurrent reads while articles are posted, on a
 * store of many articles. The store is filled first: the article-extraction pages, cleaned and
 * annotated with the real models once each, are repeated with variations (a sentence of its own per
 * article, five articles a story, a seeded perturbation of the article vector) and bulk-loaded
 * through {@link StoryDesk#importStories} — real SQLite rows, real story views built by core's
 * {@code StoryBuilder}, a real Lucene index with HNSW vectors. Embedding every generated article
 * with the model (~500 sentences/s here) would take hours for 100,000 articles, so variants share
 * their page's sentence embeddings. Then the server restarts on the filled store (start-up time is
 * measured: the clusterer is rebuilt from it), {@code readers} threads read over loopback HTTP — story
 * list, story, story page, article, search (the query embedded by the real model) — and one writer
 * posts new articles, each cleaned, annotated with the real models, stored and assigned. Latencies
 * are wall-clock per request, after a warm-up.
 */
final class ServeBench {
    private static final int STORY_SIZE = 5;
    private static final int CHUNK_STORIES = 400;
    private static final String TOKEN = "bench-serve-token-0123456789";

    /** Latency of one route: requests answered, failures (non-2xx or I/O), median and 99th percentile in ms. */
    record Latency(String route, int requests, int errors, double p50Ms, double p99Ms) {}

    /** What one run measured. */
    record Result(int articles, int stories, int bases, double fillSeconds, double startSeconds, double seconds,
                  int readers, List<Latency> routes, double readsPerSecond, int posted, Latency post) {}

    private ServeBench() {}

    static Result run(Path dataRoot, int articles, int readers, Duration measured, Duration warmup, int maxBases,
                      PrintWriter log) throws Exception {
        Path dir = Files.createTempDirectory("parallax-bench-serve");
        try {
            Embedder embedder = NlpModels.embedder();
            Annotator annotator = Annotators.full();
            List<AnnotatedArticle> bases = bases(dataRoot, annotator, maxBases);
            log.printf(Locale.ROOT, "Filling a store with %,d articles from %d pages…%n", articles, bases.size());
            log.flush();
            Generator gen = new Generator(bases, embedder.embed(List.of(Generator.variation(0)))[0]);
            long t0 = System.nanoTime();
            List<String> storyIds = new ArrayList<>();
            List<String> articleIds = new ArrayList<>();
            try (Store store = Store.open(dir, Clock.systemUTC()); SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
                StoryDesk desk = new StoryDesk(store, index, new ArticleCleaner(), annotator, DigestOptions.defaults());
                int stories = (articles + STORY_SIZE - 1) / STORY_SIZE;
                for (int first = 0; first < stories; first += CHUNK_STORIES) {
                    List<List<AnnotatedArticle>> chunk = new ArrayList<>();
                    for (int s = first; s < Math.min(stories, first + CHUNK_STORIES); s++) {
                        List<AnnotatedArticle> group = gen.story(s, Math.min(STORY_SIZE, articles - s * STORY_SIZE));
                        chunk.add(group);
                        storyIds.add(ArticleIds.forStory(List.of(group.get(0).id())));
                        group.forEach(a -> articleIds.add(a.id()));
                    }
                    desk.importStories(chunk);
                    if ((first / CHUNK_STORIES) % 10 == 9) {
                        log.printf(Locale.ROOT, "  %,d articles in %.0f s%n", articleIds.size(), (System.nanoTime() - t0) / 1e9);
                        log.flush();
                    }
                }
            }
            double fill = (System.nanoTime() - t0) / 1e9;
            log.printf(Locale.ROOT, "Filled in %.1f s; restarting the server on it…%n", fill);
            log.flush();
            long t1 = System.nanoTime();
            try (Store store = Store.open(dir, Clock.systemUTC()); SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
                StoryDesk desk = new StoryDesk(store, index, new ArticleCleaner(), annotator, DigestOptions.defaults());
                desk.catchUp();
                ServerConfig config = ServerConfig.loopback(0, TOKEN);
                try (ParallaxServer server = ParallaxServer.start(config, new Routes(store, index, desk, embedder, config))) {
                    double start = (System.nanoTime() - t1) / 1e9;
                    log.printf(Locale.ROOT, "Started in %.1f s; %d readers and one writer for %d s…%n", start, readers,
                            warmup.plus(measured).toSeconds());
                    log.flush();
                    return load(server.url(), gen, bases, storyIds, articleIds, readers, measured, warmup, articles,
                            fill, start);
                }
            }
        } finally {
            TempTrees.delete(dir);
        }
    }

    private static Result load(String base, Generator gen, List<AnnotatedArticle> bases, List<String> storyIds,
                               List<String> articleIds, int readers, Duration measured, Duration warmup, int articles,
                               double fill, double start) throws InterruptedException {
        Map<String, List<Long>> samples = new ConcurrentHashMap<>();
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        long measureFrom = System.nanoTime() + warmup.toNanos();
        long end = measureFrom + measured.toNanos();
        List<String> words = queryWords(bases);
        List<Thread> threads = new ArrayList<>();
        String[] routes = {"GET /api/stories", "GET /api/stories/{id}", "GET /stories/{id} (page)", "GET /api/articles/{id}",
            "GET /api/search"};
        for (int t = 0; t < readers; t++) {
            Random random = new Random(31L * t + 7);
            int offset = t;
            threads.add(Thread.ofPlatform().name("bench-reader-" + t).start(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (int i = offset; !stop.get(); i++) {
                    String route = routes[i % routes.length];
                    String path = switch (i % routes.length) {
                        case 0 -> "/api/stories?limit=20";
                        case 1 -> "/api/stories/" + storyIds.get(random.nextInt(storyIds.size()));
                        case 2 -> "/stories/" + storyIds.get(random.nextInt(storyIds.size()));
                        case 3 -> "/api/articles/" + articleIds.get(random.nextInt(articleIds.size()));
                        default -> "/api/search?q=" + URLEncoder.encode(words.get(random.nextInt(words.size())) + " "
                                + words.get(random.nextInt(words.size())), StandardCharsets.UTF_8);
                    };
                    time(http, HttpRequest.newBuilder(URI.create(base + path)).build(), route, measureFrom, end, samples, errors);
                }
            }));
        }
        int[] posted = {0};
        Thread writer = Thread.ofPlatform().name("bench-writer").start(() -> {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            ObjectMapper json = new ObjectMapper();
            for (int i = articles; !stop.get(); i++) {
                Article a = gen.article(i / STORY_SIZE, i).article();
                Map<String, String> body = new LinkedHashMap<>();
                body.put("input", "bench-post:" + i);
                body.put("title", a.title());
                body.put("outlet", a.outlet());
                body.put("published", a.published());
                body.put("text", a.text());
                try {
                    HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                            .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
                    if (time(http, r, "POST /api/articles", measureFrom, end, samples, errors)) {
                        posted[0]++;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        while (System.nanoTime() < end) {
            Thread.sleep(100);
        }
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        writer.join();
        double seconds = measured.toNanos() / 1e9;
        List<Latency> out = new ArrayList<>();
        int reads = 0;
        for (String r : routes) {
            Latency l = latency(r, samples.getOrDefault(r, List.of()), errors.getOrDefault(r, 0));
            reads += l.requests();
            out.add(l);
        }
        Latency post = latency("POST /api/articles", samples.getOrDefault("POST /api/articles", List.of()),
                errors.getOrDefault("POST /api/articles", 0));
        return new Result(articles, storyIds.size(), bases.size(), fill, start, seconds, readers, out, reads / seconds,
                posted[0], post);
    }

    /** Sends one request; records its latency when it started inside the measured window. Whether it succeeded. */
    private static boolean time(HttpClient http, HttpRequest request, String route, long from, long end,
                                Map<String, List<Long>> samples, Map<String, Integer> errors) {
        long t = System.nanoTime();
        boolean ok;
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            ok = r.statusCode() / 100 == 2;
        } catch (IOException e) {
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        long elapsed = System.nanoTime() - t;
        if (t >= from && t < end) {
            if (ok) {
                samples.computeIfAbsent(route, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(elapsed);
            } else {
                errors.merge(route, 1, Integer::sum);
            }
        }
        return ok;
    }

    private static Latency latency(String route, List<Long> nanos, int errors) {
        List<Long> s;
        synchronized (nanos) {
            s = nanos.stream().sorted().toList();
        }
        if (s.isEmpty()) {
            return new Latency(route, 0, errors, Double.NaN, Double.NaN);
        }
        return new Latency(route, s.size(), errors, percentile(s, 0.50) / 1e6, percentile(s, 0.99) / 1e6);
    }

    /** Nearest-rank percentile. */
    static long percentile(List<Long> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static List<String> queryWords(List<AnnotatedArticle> bases) {
        List<String> words = new ArrayList<>();
        for (AnnotatedArticle b : bases) {
            String title = b.article().title() == null ? b.article().text() : b.article().title();
            for (String w : title.split("[^\\p{L}]+")) {
                if (w.length() >= 5) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words.isEmpty() ? List.of("report") : words;
    }

    /** The cleaned, annotated article-extraction pages (at most {@code max}), in file order. */
    private static List<AnnotatedArticle> bases(Path dataRoot, Annotator annotator, int max) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dataRoot.resolve("article-extraction/html"))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted(Comparator.naturalOrder()).toList();
        }
        ArticleCleaner cleaner = new ArticleCleaner();
        List<AnnotatedArticle> out = new ArrayList<>();
        for (RawArticle raw : new FileInputs().read(files).articles()) {
            if (out.size() >= max) {
                break;
            }
            try {
                AnnotatedArticle a = annotator.annotate(cleaner.clean(raw));
                if (a.sentences().size() >= 3) {
                    out.add(a);
                }
            } catch (RejectedInputException e) {
                // a page without an article body is no base for generated articles
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no article in " + dataRoot.resolve("article-extraction/html"));
        }
        return out;
    }

    /**
     * Generated articles: story {@code s} repeats page {@code s mod pages}; each article adds a
     * sentence of its own (so each content is distinct) and perturbs the page's vector by a seeded
     * amount per story and per article, so stories differ and members stay close.
     */
    static final class Generator {
        private final List<AnnotatedArticle> bases;
        private final float[] variationVector;

        Generator(List<AnnotatedArticle> bases, float[] variationVector) {
            this.bases = bases;
            this.variationVector = variationVector;
        }

        static String variation(int i) {
            return String.format(Locale.ROOT, "Report %d of this account was confirmed by correspondent %d on day %d.",
                    i, i % 97, i % 28 + 1);
        }

        List<AnnotatedArticle> story(int s, int size) {
            List<AnnotatedArticle> out = new ArrayList<>(size);
            for (int j = 0; j < size; j++) {
                out.add(article(s, s * STORY_SIZE + j));
            }
            return out;
        }

        AnnotatedArticle article(int s, int i) {
            AnnotatedArticle b = bases.get(s % bases.size());
            String extra = variation(i);
            String text = b.article().text() + "\n\n" + extra;
            int startOfExtra = text.length() - extra.length();
            List<Sentence> sentences = new ArrayList<>(b.sentences());
            sentences.add(new Sentence(sentences.size(), new Span(startOfExtra, text.length()), extra, variationVector));
            Article base = b.article();
            String title = (base.title() == null ? "Report" : base.title()) + " (" + s + ")";
            Article a = new Article(ArticleIds.forText(text), "bench:" + i, title, "Outlet " + (i % 50), null, null, null,
                    LocalDate.of(2025, 1, 1).plusDays(s % 365).toString(), "en", text);
            return new AnnotatedArticle(a, sentences, perturb(perturb(b.vector(), s, 0.5f), i + 1_000_000_007L, 0.2f));
        }

        private static float[] perturb(float[] v, long seed, float norm) {
            Random r = new Random(seed);
            float scale = (float) (norm / Math.sqrt(v.length));
            float[] out = new float[v.length];
            for (int k = 0; k < v.length; k++) {
                out[k] = v[k] + (float) r.nextGaussian() * scale;
            }
            return Vectors.unit(out);
        }
    }
}
