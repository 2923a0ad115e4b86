package dev.parallax.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.bench.AnnotateStepsBenchmark;
import dev.parallax.bench.AnnotateThroughput;
import dev.parallax.bench.BenchRunner;
import dev.parallax.bench.CleaningBenchmark;
import dev.parallax.bench.ClusteringThroughput;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax bench NAME}: speed measurements (JMH in a forked JVM), printed as a table or JSON. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures speed. Benchmarks: cleaning (pages/s of the HTML and text cleaners on one core);",
                "ingest (pages/s fetched from a loopback server, cleaned, annotated and stored, end to end);",
                "annotate (articles/s of the whole annotate stage: sentences, embeddings, entities, time expressions, attributions, quantities; --threads threads);",
                "annotate-steps (JMH, one thread: sentences embedded per second, articles per second through attributions and through quantities);",
                "serve (API latency p50/p99 per route under concurrent reads over loopback while articles are posted,",
                "on a generated store of --articles articles);",
                "clustering (articles/s of online story linking on one thread over a stream of --articles articles:",
                "real ones first, then generated features; cost per article as the stream grows, memory)."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "Which benchmark: cleaning, ingest, annotate, annotate-steps, serve or clustering.")
    String name;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Root of the data sets (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--quick", description = "Fewer and shorter iterations (wider error).")
    boolean quick;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
            description = "ingest: pages fetched at once (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "annotate: threads annotating (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--articles", paramLabel = "N",
            description = {"serve: articles in the generated store (default: 10000; 2000 with --quick; 100000 takes about half an hour on 2 cores).",
                    "clustering: articles streamed (default: 100000; 5000 with --quick)."})
    Integer articles;

    @Option(names = "--readers", paramLabel = "N", defaultValue = "8",
            description = "serve: concurrent reading clients (default: ${DEFAULT-VALUE}).")
    int readers;

    @Option(names = "--seconds", paramLabel = "S",
            description = "serve: seconds measured after the warm-up (default: 30; 8 with --quick).")
    Integer seconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (name.equals("annotate")) {
            return annotate();
        }
        if (name.equals("clustering")) {
            return clustering();
        }
        if (name.equals("annotate-steps")) {
            return annotateSteps();
        }
        if (!name.equals("cleaning") && !name.equals("ingest") && !name.equals("serve")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown benchmark '" + name + "': choose cleaning, ingest, annotate, annotate-steps, serve or clustering");
        }
        if (!Files.isDirectory(data.resolve("article-extraction/html"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--data " + data + " has no article-extraction/html");
        }
        if (name.equals("ingest")) {
            return ingest();
        }
        if (name.equals("serve")) {
            return serve();
        }
        Map<String, BenchRunner.Score> scores = BenchRunner.run(CleaningBenchmark.class, data.toAbsolutePath(), quick);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("html_pages_per_s", scores.get("htmlPage").mean());
        metrics.put("html_pages_per_s_error", scores.get("htmlPage").error());
        metrics.put("text_pages_per_s", scores.get("textPage").mean());
        metrics.put("text_pages_per_s_error", scores.get("textPage").error());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, "cleaning", "article-extraction", metrics);
        } else {
            out.printf(Locale.ROOT, "article-extraction (one thread, pages/s ± 99.9%% CI)%n");
            out.printf(Locale.ROOT, "  html cleaner  %8.1f %s%n", scores.get("htmlPage").mean(), error(scores.get("htmlPage")));
            out.printf(Locale.ROOT, "  text cleaner  %8.1f %s%n", scores.get("textPage").mean(), error(scores.get("textPage")));
        }
        out.flush();
        return 0;
    }

    private int ingest() throws Exception {
        if (parallel < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--parallel must be at least 1");
        }
        IngestBench.Result r = IngestBench.run(data, quick, parallel);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("pages_per_s", r.median());
        metrics.put("pages_per_s_rounds", r.pagesPerSecond());
        metrics.put("pages", r.pages());
        metrics.put("stored", r.stored());
        metrics.put("parallel", parallel);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, "ingest", "article-extraction", metrics);
        } else {
            out.printf(Locale.ROOT, "article-extraction over loopback HTTP (%d pages, %d fetched at once; fetch, decode, clean,"
                    + " language, sentences, store)%n", r.pages(), parallel);
            out.printf(Locale.ROOT, "  end to end  %8.1f pages/s (median of %d rounds; rounds: %s); %d stored per round%n",
                    r.median(), r.pagesPerSecond().size(),
                    r.pagesPerSecond().stream().map(x -> String.format(Locale.ROOT, "%.1f", x)).toList(), r.stored());
        }
        out.flush();
        return 0;
    }

    private int annotate() throws Exception {
        if (!Files.isRegularFile(data.resolve("article-extraction/ground-truth.json"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--data " + data + " has no article-extraction/ground-truth.json");
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        AnnotateThroughput.Result r = AnnotateThroughput.run(data.toAbsolutePath(), threads, quick ? 2 : 5);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("articles_per_s", r.articlesPerSecond());
        metrics.put("words_per_s", r.wordsPerSecond());
        metrics.put("cold_articles_per_s", r.coldArticlesPerSecond());
        metrics.put("threads", r.threads());
        metrics.put("articles", r.articles());
        metrics.put("mean_words", (double) r.words() / r.articles());
        metrics.put("entities_ms_per_article", 1000 * r.entitySeconds() / (r.articles() * (double) r.passSeconds().length));
        metrics.put("times_ms_per_article", 1000 * r.timeSeconds() / (r.articles() * (double) r.passSeconds().length));
        metrics.put("entities_cpu_ms_per_article", 1000 * r.entityCpuSeconds() / (r.articles() * (double) r.passSeconds().length));
        metrics.put("times_cpu_ms_per_article", 1000 * r.timeCpuSeconds() / (r.articles() * (double) r.passSeconds().length));
        metrics.put("rest_ms_per_article", 1000 * r.restSeconds() / (r.articles() * (double) r.passSeconds().length));
        metrics.put("rest_cpu_ms_per_article", 1000 * r.restCpuSeconds() / (r.articles() * (double) r.passSeconds().length));
        metrics.put("process_cpu_ms_per_article", 1000 * r.processCpuSeconds() / (r.articles() * (double) r.passSeconds().length));
        metrics.put("compiler_ms_per_article", r.compilerMsPerArticle());
        metrics.put("warmup_passes", r.warmupSeconds().length);
        metrics.put("cpu_bound_articles_per_s", r.cpuBoundArticlesPerSecond());
        metrics.put("load_s", r.loadSeconds());
        metrics.put("peak_rss_mib", r.peakRssBytes() / (1024.0 * 1024));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, "annotate", "article-extraction", metrics);
        } else {
            out.printf(Locale.ROOT, "article-extraction bodies of %d-%d words (%d articles, %.0f words on average), %d threads%n",
                    AnnotateThroughput.MIN_WORDS, AnnotateThroughput.MAX_WORDS, r.articles(), (double) r.words() / r.articles(), r.threads());
            out.printf(Locale.ROOT, "  %.2f articles/s, %.0f words/s (median of %d passes: %s s)%n", r.articlesPerSecond(),
                    r.wordsPerSecond(), r.passSeconds().length, java.util.Arrays.toString(r.passSeconds()));
            out.printf(Locale.ROOT, "  after %d untimed passes, until the JIT compiler took under %.0f%% of a pass's CPU (%s s);"
                            + " the first, cold one: %.2f articles/s while the JIT compiles%n",
                    r.warmupSeconds().length, 100 * AnnotateThroughput.QUIET_COMPILER_SHARE, java.util.Arrays.toString(r.warmupSeconds()),
                    r.coldArticlesPerSecond());
            out.printf(Locale.ROOT, "  thread time per article: entities %.0f ms, time expressions %.0f ms,"
                            + " sentences + embeddings + attributions + quantities %.0f ms%n",
                    metrics.get("entities_ms_per_article"), metrics.get("times_ms_per_article"), metrics.get("rest_ms_per_article"));
            out.printf(Locale.ROOT, "  CPU time per article: entities %.0f ms, time expressions %.0f ms, the rest %.0f ms, whole process %.0f ms"
                            + " (the JIT compiler, %.0f ms of it, and garbage collection included: %.2f articles/s on %d free cores)%n",
                    metrics.get("entities_cpu_ms_per_article"), metrics.get("times_cpu_ms_per_article"),
                    metrics.get("rest_cpu_ms_per_article"),
                    metrics.get("process_cpu_ms_per_article"), metrics.get("compiler_ms_per_article"), r.cpuBoundArticlesPerSecond(), r.threads());
            out.printf(Locale.ROOT, "  models loaded in %.1f s; peak resident memory %.0f MiB%n", r.loadSeconds(), metrics.get("peak_rss_mib"));
        }
        out.flush();
        return 0;
    }

    private int serve() throws Exception {
        int n = articles != null ? articles : quick ? 2000 : 10_000;
        int s = seconds != null ? seconds : quick ? 8 : 30;
        if (n < 1 || readers < 1 || s < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--articles, --readers and --seconds must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter log = json ? spec.commandLine().getErr() : out;
        ServeBench.Result r = ServeBench.run(data, n, readers, Duration.ofSeconds(s), Duration.ofSeconds(quick ? 2 : 5),
                quick ? 30 : Integer.MAX_VALUE, log);
        if (json) {
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("articles", r.articles());
            metrics.put("stories", r.stories());
            metrics.put("fill_s", r.fillSeconds());
            metrics.put("start_s", r.startSeconds());
            metrics.put("readers", r.readers());
            metrics.put("reads_per_s", r.readsPerSecond());
            for (ServeBench.Latency l : r.routes()) {
                String key = key(l.route());
                metrics.put(key + "_p50_ms", l.p50Ms());
                metrics.put(key + "_p99_ms", l.p99Ms());
                metrics.put(key + "_requests", l.requests());
                metrics.put(key + "_errors", l.errors());
            }
            metrics.put("posted", r.posted());
            metrics.put("post_p50_ms", r.post().p50Ms());
            metrics.put("post_p99_ms", r.post().p99Ms());
            metrics.put("post_errors", r.post().errors());
            printJson(out, "serve", "article-extraction-generated", metrics);
        } else {
            out.printf(Locale.ROOT, "Store: %,d articles in %,d stories, generated from %d article-extraction pages (variants"
                    + " share their page's sentence embeddings); filled in %.1f s, server started on it in %.1f s%n",
                    r.articles(), r.stories(), r.bases(), r.fillSeconds(), r.startSeconds());
            out.printf(Locale.ROOT, "Loopback HTTP, %d readers and 1 writer, %.0f s measured:%n", r.readers(), r.seconds());
            out.printf(Locale.ROOT, "  %-28s %9s %9s %9s %7s%n", "route", "requests", "p50 ms", "p99 ms", "errors");
            for (ServeBench.Latency l : r.routes()) {
                out.printf(Locale.ROOT, "  %-28s %9d %9.1f %9.1f %7d%n", l.route(), l.requests(), l.p50Ms(), l.p99Ms(), l.errors());
            }
            ServeBench.Latency p = r.post();
            out.printf(Locale.ROOT, "  %-28s %9d %9.1f %9.1f %7d%n", p.route(), p.requests(), p.p50Ms(), p.p99Ms(), p.errors());
            out.printf(Locale.ROOT, "  reads: %.0f/s; articles posted: %d (%.2f/s, each cleaned, annotated with the models,"
                    + " stored and assigned)%n", r.readsPerSecond(), r.posted(), r.posted() / r.seconds());
        }
        out.flush();
        return 0;
    }

    private int clustering() throws Exception {
        for (String need : List.of("multinews/validation-sample.jsonl", "article-extraction/ground-truth.json")) {
            if (!Files.isRegularFile(data.resolve(need))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--data " + data + " has no " + need);
            }
        }
        int n = articles != null ? articles : quick ? 5000 : 100_000;
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be at least 1");
        }
        // --quick annotates a few real stories only: the models embed about 500 sentences/s
        ClusteringThroughput.Result r = ClusteringThroughput.run(data.toAbsolutePath(), n, quick ? 12 : Integer.MAX_VALUE,
                quick ? 8 : Integer.MAX_VALUE);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("articles_per_s", r.articlesPerSecond());
        metrics.put("articles_per_s_wall", r.articles() / r.wallSeconds());
        metrics.put("articles", r.articles());
        metrics.put("real_articles", r.realArticles());
        metrics.put("window_days", r.windowDays());
        for (ClusteringThroughput.Checkpoint c : r.checkpoints()) {
            String at = "at_" + c.articles();
            metrics.put(at + "_us_per_article", c.microsPerArticle());
            metrics.put(at + "_heap_mib", c.heapBytes() / (1024.0 * 1024));
            metrics.put(at + "_stories", c.stories());
            metrics.put(at + "_live_profiles", c.liveProfiles());
        }
        metrics.put("bcubed_f1_vs_generator", r.bcubedF1());
        metrics.put("annotate_real_s", r.annotateSeconds());
        metrics.put("peak_rss_mib", r.peakRssBytes() / (1024.0 * 1024));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, "clustering", "generated-stream", metrics);
        } else {
            out.printf(Locale.ROOT, "Stream of %,d articles (%,d real: Multi-News and article-extraction, annotated in %.1f s;"
                    + " then generated features), story window %d days, one thread%n",
                    r.articles(), r.realArticles(), r.annotateSeconds(), r.windowDays());
            out.printf(Locale.ROOT, "  %,.0f articles/s overall (%.2f s of thread CPU time in the clusterer; %.2f s wall, %,.0f/s)%n",
                    r.articlesPerSecond(), r.clusterSeconds(), r.wallSeconds(), r.articles() / r.wallSeconds());
            out.printf(Locale.ROOT, "  %10s %14s %10s %10s %14s%n", "articles", "µs/article", "heap MiB", "stories", "live profiles");
            for (ClusteringThroughput.Checkpoint c : r.checkpoints()) {
                out.printf(Locale.ROOT, "  %,10d %14.1f %10.1f %,10d %,14d%n", c.articles(), c.microsPerArticle(),
                        c.heapBytes() / (1024.0 * 1024), c.stories(), c.liveProfiles());
            }
            out.printf(Locale.ROOT, "  (thread CPU µs/article over the last %,d arrivals; heap in use after a full GC)%n", ClusteringThroughput.WINDOW);
            out.printf(Locale.ROOT, "  B-cubed F1 against the generated stories: %.3f; peak resident memory %.0f MiB%n",
                    r.bcubedF1(), metrics.get("peak_rss_mib"));
        }
        out.flush();
        return 0;
    }

    /** {@code GET /api/stories/{id}} → {@code api_stories_id}. */
    private static String key(String route) {
        return route.replaceFirst("^[A-Z]+ /", "").replace("(page)", "page").replaceAll("[^a-z]+", "_")
                .replaceAll("^_|_$", "");
    }

    private int annotateSteps() throws Exception {
        if (!Files.isRegularFile(data.resolve("article-extraction/ground-truth.json"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--data " + data + " has no article-extraction/ground-truth.json");
        }
        Map<String, BenchRunner.Score> scores = BenchRunner.run(AnnotateStepsBenchmark.class, data.toAbsolutePath(), quick);
        double[] shape = AnnotateStepsBenchmark.shape(data.toAbsolutePath());
        BenchRunner.Score embed = scores.get("embedSentence");
        BenchRunner.Score attr = scores.get("attributionsOfArticle");
        BenchRunner.Score quant = scores.get("quantitiesOfArticle");
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("sentences_per_s", embed.mean());
        metrics.put("sentences_per_s_error", embed.error());
        metrics.put("embedding_ms_per_article", 1000 * shape[0] / embed.mean());
        metrics.put("attributions_articles_per_s", attr.mean());
        metrics.put("attributions_articles_per_s_error", attr.error());
        metrics.put("quantities_articles_per_s", quant.mean());
        metrics.put("quantities_articles_per_s_error", quant.error());
        metrics.put("sentences_per_article", shape[0]);
        metrics.put("words_per_sentence", shape[1]);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, "annotate-steps", "article-extraction", metrics);
        } else {
            out.printf(Locale.ROOT, "article-extraction bodies of %d-%d words (%.1f sentences an article, %.1f words a sentence), one thread, ± 99.9%% CI%n",
                    AnnotateThroughput.MIN_WORDS, AnnotateThroughput.MAX_WORDS, shape[0], shape[1]);
            out.printf(Locale.ROOT, "  sentence embeddings   %8.1f sentences/s %s  (%.0f ms an article)%n", embed.mean(), error(embed),
                    metrics.get("embedding_ms_per_article"));
            out.printf(Locale.ROOT, "  attributions          %8.1f articles/s %s%n", attr.mean(), error(attr));
            out.printf(Locale.ROOT, "  quantities            %8.1f articles/s %s%n", quant.mean(), error(quant));
        }
        out.flush();
        return 0;
    }

    /** One JSON object: the benchmark's name, then its metrics under the data set and the system, as every bench prints them. */
    private static void printJson(PrintWriter out, String benchmark, String dataset, Map<String, Object> metrics)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        Map<String, Object> root = Map.of("benchmark", benchmark, "datasets", Map.of(dataset, Map.of("parallax", metrics)));
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
    }

    private static String error(BenchRunner.Score s) {
        return Double.isNaN(s.error()) ? "(too few iterations for an error)" : String.format(Locale.ROOT, "± %.1f", s.error());
    }
}
