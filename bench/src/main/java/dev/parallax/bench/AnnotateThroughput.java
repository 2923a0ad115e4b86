package dev.parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Annotator;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.attribution.AttributionExtractor;
import dev.parallax.core.annotate.entity.EntityAnnotator;
import dev.parallax.core.annotate.quantity.QuantityExtractor;
import dev.parallax.core.article.Article;
import dev.parallax.core.annotate.time.TimeAnchor;
import dev.parallax.core.annotate.time.TimeAnnotator;
import dev.parallax.nlp.NlpModels;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of the whole annotate stage: sentences, language and sentence embeddings
 * ({@link Annotator}), entities ({@link EntityAnnotator}) and time expressions ({@link TimeAnnotator})
 * over one shared CoreNLP pipeline, attributions ({@link AttributionExtractor}, the learned cue
 * detector included) and quantities ({@link QuantityExtractor}), on
 * the article bodies of {@code article-extraction/ground-truth.json} that have 400–800 words
 * (typical news length). Articles are spread over a fixed number of threads; after untimed warm-up
 * passes (at least {@link #MIN_WARMUP_PASSES}, then until the JIT compiler is quiet), each pass is
 * timed, and the median is reported with the process's peak resident memory.
 * Each step's thread CPU time is counted too: on a shared machine it says what the stage costs
 * when the wall-clock figure is inflated by other processes.
 * Not JMH: one pass takes seconds and loading the models tens of seconds, so a pass is the unit.
 */
public final class AnnotateThroughput {
    /** Typical article lengths, in whitespace-separated words. */
    public static final int MIN_WORDS = 400;
    public static final int MAX_WORDS = 800;
    /**
     * Untimed passes first, at least this many. CoreNLP and SUTime are large: the JIT compiler is
     * busy through the first 150 or so articles (about 30 ms of compiler CPU an article over the
     * first pass), and a running ingest or server is past that within its first minutes.
     */
    static final int MIN_WARMUP_PASSES = 2;
    /**
     * Warm-up goes on while the JIT compiler took more than this share of the last pass's process
     * CPU: C2 still compiles Parallax's own per-article methods (attribution, time corrections) and
     * SUTime's rules late, through the third to sixth pass of 72 articles, each compilation taking
     * hundreds of milliseconds of a compiler thread.
     */
    public static final double QUIET_COMPILER_SHARE = 0.03;
    /** Warm-up stops after this many passes even if the compiler is still busy. */
    static final int MAX_WARMUP_PASSES = 8;

    private AnnotateThroughput() {}

    /**
     * One measurement.
     *
     * @param articles articles per pass
     * @param words words per pass
     * @param threads threads annotating
     * @param loadSeconds time to load the models
     * @param warmupSeconds each untimed warm-up pass, in order (the first is the cold one)
     * @param passSeconds each timed pass, in order
     * @param entitySeconds thread time over the timed passes in CoreNLP's tokens, sentences and entities
     *     with Parallax's linking
     * @param timeSeconds thread time over the timed passes in SUTime with Parallax's corrections
     * @param entityCpuSeconds CPU time over the timed passes in the entity step (the thread's own, so
     *     unlike thread time it does not grow when other processes hold the cores)
     * @param timeCpuSeconds CPU time over the timed passes in the time step
     * @param restSeconds thread time over the timed passes in the other steps: sentences, language,
     *     embeddings, attributions and quantities
     * @param restCpuSeconds CPU time over the timed passes in those steps
     * @param processCpuSeconds CPU time of the whole process over the timed passes (garbage collection
     *     and compilation included), or -1 where not readable
     * @param compilerSeconds time the JIT compiler's threads spent over the timed passes, or -1 where not readable
     * @param peakRssBytes the process's peak resident memory (VmHWM), or -1 where not readable
     */
    public record Result(int articles, long words, int threads, double loadSeconds, double[] warmupSeconds, double[] passSeconds,
                         double entitySeconds, double timeSeconds, double entityCpuSeconds, double timeCpuSeconds,
                         double restSeconds, double restCpuSeconds, double processCpuSeconds, double compilerSeconds, long peakRssBytes) {
        public double medianPass() {
            double[] s = passSeconds.clone();
            Arrays.sort(s);
            return s[s.length / 2];
        }

        public double articlesPerSecond() {
            return articles / medianPass();
        }

        /** Articles per second over the first, cold pass: the models loaded but not yet compiled by the JIT. */
        public double coldArticlesPerSecond() {
            return articles / warmupSeconds[0];
        }

        public double wordsPerSecond() {
            return words / medianPass();
        }

        /**
         * Articles per second that {@link #threads} free cores would give: threads over the process's
         * CPU time per article (garbage collection included); NaN where the process time is unknown.
         */
        /** Milliseconds of JIT compilation per article over the timed passes; NaN where the JVM does not tell it. */
        public double compilerMsPerArticle() {
            return compilerSeconds < 0 ? Double.NaN : 1000 * compilerSeconds / (articles * (double) passSeconds.length);
        }

        public double cpuBoundArticlesPerSecond() {
            double perArticle = processCpuSeconds / (articles * (double) passSeconds.length);
            return processCpuSeconds <= 0 ? Double.NaN : threads / perArticle;
        }
    }

    public static Result run(Path dataRoot, int threads, int passes) throws IOException {
        List<String> texts = corpus(dataRoot);
        long words = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
        long t0 = System.nanoTime();
        EntityAnnotator entities = new EntityAnnotator(NlpModels.mentions());
        TimeAnnotator times = new TimeAnnotator(NlpModels.times());
        Annotator sentences = new Annotator(NlpModels.sentences(), NlpModels.embedder(), NlpModels.languages());
        AttributionExtractor attributions = AttributionExtractor.standard();
        QuantityExtractor quantities = new QuantityExtractor();
        NlpModels.coreNlp();
        double load = (System.nanoTime() - t0) / 1e9;
        TimeAnchor anchor = new TimeAnchor(LocalDate.of(2025, 4, 28), null);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong entityNanos = new AtomicLong();
        AtomicLong timeNanos = new AtomicLong();
        AtomicLong entityCpu = new AtomicLong();
        AtomicLong timeCpu = new AtomicLong();
        AtomicLong restNanos = new AtomicLong();
        AtomicLong restCpu = new AtomicLong();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] seconds = new double[passes];
        List<Double> warmup = new ArrayList<>();
        long processCpu;
        long compiling;
        Runnable pass = () -> {
            List<Future<?>> jobs = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                Article article = new Article("bench-" + i, "bench-" + i, null, null, null, null, null, null, null, text);
                jobs.add(pool.submit(() -> {
                    long r0 = System.nanoTime();
                    long cr0 = cpu.getCurrentThreadCpuTime();
                    AnnotatedArticle split = sentences.annotate(article);
                    attributions.extract(text, split.sentences().stream().map(Sentence::span).toList());
                    quantities.extract(text);
                    restNanos.addAndGet(System.nanoTime() - r0);
                    restCpu.addAndGet(cpu.getCurrentThreadCpuTime() - cr0);
                    long a = System.nanoTime();
                    long ca = cpu.getCurrentThreadCpuTime();
                    entities.annotate(text, "en");
                    long b = System.nanoTime();
                    long cb = cpu.getCurrentThreadCpuTime();
                    times.annotate(text, anchor, "en");
                    timeNanos.addAndGet(System.nanoTime() - b);
                    timeCpu.addAndGet(cpu.getCurrentThreadCpuTime() - cb);
                    entityNanos.addAndGet(b - a);
                    entityCpu.addAndGet(cb - ca);
                }));
            }
            try {
                for (Future<?> f : jobs) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while annotating", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("annotating failed", e.getCause());
            }
        };
        try {
            boolean quiet = false;
            while (warmup.size() < MAX_WARMUP_PASSES && (warmup.size() < MIN_WARMUP_PASSES || !quiet)) {
                long cpu0 = processCpuNanos();
                long jit0 = compilerMillis();
                long start = System.nanoTime();
                pass.run();
                warmup.add((System.nanoTime() - start) / 1e9);
                long passCpu = processCpuNanos() - cpu0;
                long passJit = compilerMillis() - jit0;
                // Without either counter there is nothing to wait for: the minimum passes only.
                quiet = cpu0 < 0 || jit0 < 0 || passJit * 1e6 < QUIET_COMPILER_SHARE * passCpu;
            }
            entityNanos.set(0);
            timeNanos.set(0);
            entityCpu.set(0);
            timeCpu.set(0);
            restNanos.set(0);
            restCpu.set(0);
            long processCpuStart = processCpuNanos();
            long compilerStart = compilerMillis();
            for (int p = 0; p < passes; p++) {
                long start = System.nanoTime();
                pass.run();
                seconds[p] = (System.nanoTime() - start) / 1e9;
            }
            processCpu = processCpuStart < 0 ? -1 : processCpuNanos() - processCpuStart;
            compiling = compilerStart < 0 ? -1 : compilerMillis() - compilerStart;
        } finally {
            pool.shutdown();
        }
        return new Result(texts.size(), words, threads, load, warmup.stream().mapToDouble(Double::doubleValue).toArray(), seconds,
                entityNanos.get() / 1e9, timeNanos.get() / 1e9, entityCpu.get() / 1e9, timeCpu.get() / 1e9, restNanos.get() / 1e9,
                restCpu.get() / 1e9, processCpu < 0 ? -1 : processCpu / 1e9, compiling < 0 ? -1 : compiling / 1e3, ProcessMemory.peakRss());
    }

    /** Milliseconds the JIT compiler has spent so far, or -1 where the JVM does not tell it. */
    private static long compilerMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /** The article bodies of typical length. */
    static List<String> corpus(Path dataRoot) throws IOException {
        Path gold = dataRoot.resolve("article-extraction/ground-truth.json");
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        List<String> texts = new ArrayList<>();
        root.properties().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
            String body = e.getValue().path("articleBody").asText("");
            int n = body.isBlank() ? 0 : body.strip().split("\\s+").length;
            if (n >= MIN_WORDS && n <= MAX_WORDS) {
                texts.add(body);
            }
        });
        if (texts.isEmpty()) {
            throw new IOException("no article of " + MIN_WORDS + "–" + MAX_WORDS + " words in " + gold);
        }
        return texts;
    }

    /** The process's CPU time in nanoseconds, or -1 where the platform does not tell it. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

}
