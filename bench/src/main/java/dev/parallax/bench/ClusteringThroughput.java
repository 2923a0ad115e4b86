package dev.parallax.bench;

import dev.parallax.core.cluster.StoryClusterer;
import dev.parallax.core.cluster.StoryWindow;
import dev.parallax.core.pipeline.DigestOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Throughput of online story linking at scale: a {@link GeneratedStream} of {@code articles}
 * arrivals (the real stories first, then drawn ones) goes through one {@link StoryClusterer} with
 * the digest's model and threshold and a bounded {@link StoryWindow}, on one thread. Only the
 * clusterer's calls are timed, in the thread's CPU time (features are computed before: the real articles' vectors by the
 * model, the drawn ones by the generator). Reports the overall rate, the cost per article over the
 * 1,000 arrivals before each checkpoint, heap in use after a full GC at each checkpoint (outside the
 * timing), the live story profiles, and B-cubed F1 against the stories the stream was drawn from.
 */
public final class ClusteringThroughput {
    /** Arrivals over which the cost per article is averaged at a checkpoint. */
    public static final int WINDOW = 1000;
    static final long SEED = 20_250_601L;
    /** Articles a day in the generated stream: a large aggregator's English news feed. */
    static final double ARTICLES_PER_DAY = 2000;

    private ClusteringThroughput() {}

    /**
     * The state at one checkpoint.
     *
     * @param articles arrivals so far
     * @param microsPerArticle mean thread CPU time of the clusterer's call over the last {@link #WINDOW} arrivals
     * @param heapBytes heap in use after a full GC
     * @param stories stories so far
     * @param liveProfiles stories still candidates (their profiles held)
     */
    public record Checkpoint(int articles, double microsPerArticle, long heapBytes, int stories, int liveProfiles) {}

    /**
     * One measurement.
     *
     * @param articles arrivals streamed
     * @param realArticles of which real articles
     * @param annotateSeconds time to annotate the real articles with the models (not part of the rate)
     * @param clusterSeconds CPU time of the thread in the clusterer over all arrivals (the machine is
     *     shared, so wall time also counts other processes' turns)
     * @param wallSeconds wall time in the clusterer over all arrivals
     * @param checkpoints at 1,000, 10,000, 100,000 arrivals (those reached) and at the end
     * @param bcubedF1 B-cubed F1 of the stories against the stories the stream was drawn from
     * @param peakRssBytes the process's peak resident memory (VmHWM), or -1 where not readable
     */
    public record Result(int articles, int realArticles, double annotateSeconds, double clusterSeconds, double wallSeconds,
                         List<Checkpoint> checkpoints, double bcubedF1, long peakRssBytes, int windowDays) {
        public double articlesPerSecond() {
            return articles / clusterSeconds;
        }
    }

    /**
     * Streams {@code articles} arrivals. The real stories are the first {@code realClusters}
     * Multi-News clusters and {@code realBodies} article-extraction bodies.
     */
    public static Result run(Path dataRoot, int articles, int realClusters, int realBodies) throws IOException {
        long t0 = System.nanoTime();
        List<List<GeneratedStream.RealArticle>> real = RealStories.load(dataRoot, realClusters, realBodies);
        double annotate = (System.nanoTime() - t0) / 1e9;
        int realCount = real.stream().mapToInt(List::size).sum();
        DigestOptions options = DigestOptions.defaults();
        StoryWindow window = StoryWindow.bounded(StoryWindow.DEFAULT_DAYS);
        StoryClusterer clusterer = new StoryClusterer(options.storyModel(), options.storyThreshold(), window);
        GeneratedStream arrivals = new GeneratedStream(SEED, articles, ARTICLES_PER_DAY, real);
        int[] predicted = new int[articles];
        long[] gold = new long[articles];
        List<Checkpoint> checkpoints = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        long wall = 0;
        long spentInWindow = 0;
        for (int i = 0; i < articles; i++) {
            GeneratedStream.Arrival a = arrivals.next();
            long wallStart = System.nanoTime();
            long start = threads.getCurrentThreadCpuTime();
            predicted[i] = clusterer.add(a.article(), a.terms());
            long spent = threads.getCurrentThreadCpuTime() - start;
            wall += System.nanoTime() - wallStart;
            total += spent;
            spentInWindow += spent;
            gold[i] = a.story();
            int n = i + 1;
            if (n % WINDOW == 0 || n == articles) {
                if (n == 1000 || n == 10_000 || n == 100_000 || n == articles) {
                    int count = n % WINDOW == 0 ? WINDOW : n % WINDOW;
                    checkpoints.add(new Checkpoint(n, spentInWindow / 1e3 / count, heapAfterGc(), clusterer.storyCount(),
                            clusterer.activeStories()));
                }
                spentInWindow = 0;
            }
        }
        return new Result(articles, Math.min(realCount, articles), annotate, total / 1e9, wall / 1e9, checkpoints,
                bcubedF1(predicted, gold), ProcessMemory.peakRss(), window.days());
    }

    /** B-cubed F1 (Bagga and Baldwin 1998) of predicted against gold labels. */
    static double bcubedF1(int[] predicted, long[] gold) {
        Map<Integer, Integer> ofPredicted = new HashMap<>();
        Map<Long, Integer> ofGold = new HashMap<>();
        Map<String, Integer> cells = new HashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            ofPredicted.merge(predicted[i], 1, Integer::sum);
            ofGold.merge(gold[i], 1, Integer::sum);
            cells.merge(predicted[i] + ":" + gold[i], 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < predicted.length; i++) {
            double both = cells.get(predicted[i] + ":" + gold[i]);
            p += both / ofPredicted.get(predicted[i]);
            r += both / ofGold.get(gold[i]);
        }
        p /= predicted.length;
        r /= predicted.length;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

}
