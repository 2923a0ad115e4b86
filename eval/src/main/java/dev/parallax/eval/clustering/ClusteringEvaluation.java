package dev.parallax.eval.clustering;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.clean.NoticePage;
import dev.parallax.core.cluster.StoryClusterer;
import dev.parallax.core.pipeline.DigestOptions;
import dev.parallax.core.pipeline.ProgressListener;
import dev.parallax.eval.EvalReport;
import dev.parallax.eval.Evaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * {@code parallax eval clustering}: streams ECB+ and the Multi-News sample, each in a seeded random
 * order, through the story clusterer with the digest's default settings (pages the clean stage
 * rejects as notices belong to no story and count as singletons), and scores the stories
 * against the gold events (B-cubed, ARI) beside a TF-IDF and an embedding single pass, each at the
 * threshold that is best on the very data.
 */
public final class ClusteringEvaluation implements Evaluation {
    static final long SEED = 20_240_501L;
    static final String ECB = "ecbplus";
    static final String MULTI_NEWS = "multinews";

    @Override
    public String name() {
        return "clustering";
    }

    @Override
    public String description() {
        return "Articles → stories on ECB+ events and Multi-News clusters: B-cubed P/R/F1, ARI.";
    }

    @Override
    public List<String> datasets() {
        return List.of(ECB, MULTI_NEWS);
    }

    @Override
    public EvalReport run(Path dataRoot, ProgressListener progress) throws IOException {
        EvalReport.Builder report = EvalReport.builder(name());
        ArticleAnnotations annotations = new ArticleAnnotations();
        List<GoldDocument> ecb = shuffled(EcbPlusReader.read(dataRoot.resolve(ECB)));
        MultiNewsReader.Documents multi = MultiNewsReader.read(dataRoot.resolve(MULTI_NEWS));
        measure(ECB, ecb, annotations.annotate(ecb, "Annotating ECB+", progress), report);
        List<GoldDocument> news = shuffled(multi.documents());
        measure(MULTI_NEWS, news, annotations.annotate(news, "Annotating Multi-News", progress), report);
        report.note(String.format(Locale.ROOT, "ecbplus: %d documents, %d gold events", ecb.size(), goldCount(ecb)));
        report.note(String.format(Locale.ROOT, "multinews: %d documents in %d clusters; %d blank documents skipped; "
                + "%d documents repeat another's text verbatim (kept, each scored as its own item)",
                news.size(), goldCount(news), multi.skippedBlank(), verbatimRepeats(news)));
        report.note("arrival order: java.util.Random(" + SEED + ") shuffle of each set; no publication dates");
        report.note("parallax: DigestOptions.defaults() story model and threshold, the same for both sets");
        return report.build();
    }

    private void measure(String dataset, List<GoldDocument> docs, List<AnnotatedArticle> arrivals, EvalReport.Builder report) {
        int[] gold = goldLabels(docs);
        int[] kept = accepted(docs);
        List<AnnotatedArticle> stream = Arrays.stream(kept).mapToObj(arrivals::get).toList();
        DigestOptions options = DigestOptions.defaults();
        StoryClusterer clusterer = new StoryClusterer(options.storyModel(), options.storyThreshold());
        stream.forEach(clusterer::add);
        int[] predicted = withRejected(LinkCalibration.labels(stream, clusterer.stories()), kept, docs.size());
        put(report, dataset, "parallax", ClusterMetrics.score(gold, predicted));
        SinglePass tfidf = new TfidfBaseline(stream);
        SinglePass embedding = new EmbeddingBaseline(stream);
        sweep(report, dataset, "tfidf", gold, t -> withRejected(tfidf.cluster(t), kept, docs.size()), 0.02, 0.80);
        sweep(report, dataset, "embedding", gold, t -> withRejected(embedding.cluster(t), kept, docs.size()), 0.60, 0.99);
        put(report, dataset, "ceiling", ClusterMetrics.score(gold, ClusteringCeiling.rejected(gold, kept)));
        ClusteringCeiling.Apart byContent = ClusteringCeiling.unlinked(gold, kept, arrivals);
        put(report, dataset, "ceiling_by_content", ClusterMetrics.score(gold, byContent.labels()));
        report.note(String.format(Locale.ROOT, "%s ceiling: the gold itself with the rejected pages apart; "
                + "ceiling_by_content: also apart the %d documents whose TF-IDF cosine to every other document of "
                + "their gold cluster is below %.2f", dataset, byContent.unlinked(), ClusteringCeiling.UNLINKED_COSINE));
        report.note(String.format(Locale.ROOT, "%s: %d documents rejected by the clean stage as notice pages (crawl, "
                + "settings and sign-up notices), each scored as a story of its own for every system",
                dataset, docs.size() - kept.length));
    }

    /**
     * The positions of the documents that are articles: the clean stage rejects a page that is a
     * notice of the site or the web ({@link NoticePage}), which then belongs to no story. Its floor
     * of 25 words is not applied: it is there for pages whose extraction failed, while these texts
     * are given as articles, and ECB+ holds one-line ones ("The parliament election is over in
     * Turkmenistan.").
     */
    static int[] accepted(List<GoldDocument> docs) {
        return IntStream.range(0, docs.size()).filter(i -> NoticePage.notice(docs.get(i).article().text()).isEmpty())
                .toArray();
    }

    /** Labels for all {@code n} documents: the stories of the accepted ones, a singleton for each rejected one. */
    static int[] withRejected(int[] keptLabels, int[] kept, int n) {
        int[] out = new int[n];
        Arrays.fill(out, -1);
        int next = Arrays.stream(keptLabels).max().orElse(-1) + 1;
        for (int k = 0; k < kept.length; k++) {
            out[kept[k]] = keptLabels[k];
        }
        for (int i = 0; i < n; i++) {
            if (out[i] < 0) {
                out[i] = next++;
            }
        }
        return out;
    }

    /** Finds the best-F1 threshold on a 0.02 grid, then refines it on a 0.005 grid around it. */
    private static void sweep(EvalReport.Builder report, String dataset, String system, int[] gold, SinglePass pass,
                              double from, double to) {
        double best = from;
        ClusterScores bestScores = ClusterMetrics.score(gold, pass.cluster(from));
        for (int step = 0; step < 2; step++) {
            double width = step == 0 ? 0.02 : 0.005;
            double lo = step == 0 ? from : best - 0.02;
            double hi = step == 0 ? to : best + 0.02;
            for (double t = lo; t <= hi + 1e-9; t += width) {
                ClusterScores s = ClusterMetrics.score(gold, pass.cluster(t));
                if (s.f1() > bestScores.f1()) {
                    best = t;
                    bestScores = s;
                }
            }
        }
        put(report, dataset, system, bestScores);
        report.note(String.format(Locale.ROOT, "%s %s: best threshold %.3f (swept %.2f–%.2f on the data itself)",
                dataset, system, best, from, to));
    }

    private static void put(EvalReport.Builder report, String dataset, String system, ClusterScores s) {
        report.put(dataset, system, "bcubed_precision", s.precision())
                .put(dataset, system, "bcubed_recall", s.recall())
                .put(dataset, system, "bcubed_f1", s.f1())
                .put(dataset, system, "ari", s.ari())
                .put(dataset, system, "clusters", s.clusters());
    }

    static List<GoldDocument> shuffled(List<GoldDocument> docs) {
        List<GoldDocument> out = new ArrayList<>(docs);
        Collections.shuffle(out, new Random(SEED));
        return out;
    }

    static int[] goldLabels(List<GoldDocument> docs) {
        Map<String, Integer> ids = new HashMap<>();
        return docs.stream().mapToInt(d -> ids.computeIfAbsent(d.gold(), k -> ids.size())).toArray();
    }

    private static long goldCount(List<GoldDocument> docs) {
        return docs.stream().map(GoldDocument::gold).distinct().count();
    }

    private static int verbatimRepeats(List<GoldDocument> docs) {
        Set<String> seen = new HashSet<>();
        return (int) docs.stream().filter(d -> !seen.add(d.article().text())).count();
    }
}
