package dev.parallax.eval.clustering;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.cluster.LinkEvidence;
import dev.parallax.core.cluster.StoryClusterer;
import dev.parallax.core.cluster.StoryModel;
import dev.parallax.core.pipeline.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the {@link StoryModel} coefficients by logistic regression on article–story pairs: each
 * article of both sets, streamed in the evaluation's order, is compared with every gold story
 * formed so far (teacher forcing), labelled 1 for its own story and 0 for the others; then the
 * join threshold is swept with the fitted model. Usage: {@code LinkCalibration DATA_ROOT}.
 */
public final class LinkCalibration {
    private LinkCalibration() {}

    /** A pair's features (bias first) and label. */
    record Pair(double[] x, int y) {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/data");
        ArticleAnnotations annotations = new ArticleAnnotations();
        List<GoldDocument> ecb = ClusteringEvaluation.shuffled(EcbPlusReader.read(root.resolve(ClusteringEvaluation.ECB)));
        List<GoldDocument> news = ClusteringEvaluation.shuffled(
                MultiNewsReader.read(root.resolve(ClusteringEvaluation.MULTI_NEWS)).documents());
        List<AnnotatedArticle> ecbA = annotations.annotate(ecb, "ecb", ProgressListener.NONE);
        List<AnnotatedArticle> newsA = annotations.annotate(news, "news", ProgressListener.NONE);
        List<Pair> pairs = new ArrayList<>(pairs(ecb, ecbA));
        pairs.addAll(pairs(news, newsA));
        double[] w = LogisticFit.fit(pairs.stream().map(Pair::x).toList(), pairs.stream().mapToInt(Pair::y).toArray());
        StoryModel model = new StoryModel(w[0], w[1], w[2], w[3], 0, 14);
        System.out.printf(Locale.ROOT, "pairs %d, model %s%n", pairs.size(), model);
        for (double t = 0.05; t < 0.96; t += 0.05) {
            ClusterScores a = ClusterMetrics.score(ClusteringEvaluation.goldLabels(ecb), run(ecbA, model, t));
            ClusterScores b = ClusterMetrics.score(ClusteringEvaluation.goldLabels(news), run(newsA, model, t));
            System.out.printf(Locale.ROOT, "threshold %.2f  ecb F1 %.4f (P %.4f R %.4f)  multinews F1 %.4f (P %.4f R %.4f)%n",
                    t, a.f1(), a.precision(), a.recall(), b.f1(), b.precision(), b.recall());
        }
    }

    static int[] run(List<AnnotatedArticle> arrivals, StoryModel model, double threshold) {
        StoryClusterer c = new StoryClusterer(model, threshold);
        return arrivals.stream().mapToInt(c::add).toArray();
    }

    static List<Pair> pairs(List<GoldDocument> docs, List<AnnotatedArticle> arrivals) {
        StoryClusterer c = new StoryClusterer(StoryModel.defaults(), 1);
        Map<String, Integer> story = new HashMap<>();
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Integer own = story.get(docs.get(i).gold());
            List<LinkEvidence> evidence = c.evidence(arrivals.get(i));
            for (int s = 0; s < evidence.size(); s++) {
                LinkEvidence e = evidence.get(s);
                out.add(new Pair(new double[] {1, e.embedding(), e.entities(), e.keywords()}, own != null && own == s ? 1 : 0));
            }
            int placed = c.place(arrivals.get(i), own == null ? evidence.size() : own);
            story.putIfAbsent(docs.get(i).gold(), placed);
        }
        return out;
    }
}
