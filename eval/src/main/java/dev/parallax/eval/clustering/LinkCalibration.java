package dev.parallax.eval.clustering;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.cluster.LinkEvidence;
import dev.parallax.core.cluster.StoryClusterer;
import dev.parallax.core.cluster.StoryMerger;
import dev.parallax.core.cluster.StoryModel;
import dev.parallax.core.pipeline.ProgressListener;
import dev.parallax.eval.LogisticFit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the {@link StoryModel} coefficients by logistic regression on article–story pairs and checks
 * each fit on the set it was not fitted on. Each article of a set, streamed in the evaluation's
 * order, is compared with every gold story formed so far (teacher forcing), labelled 1 for its own
 * story and 0 for the others. For each feature set, the slopes are fitted on ECB+ alone, on
 * Multi-News alone and on both; the intercept is then swept, since a pair-level fit is calibrated
 * for log-loss over mostly easy negatives rather than for the arg-max decision, and B-cubed F1 is
 * printed on both sets: a setting that is good only on the set it was fitted on does not
 * generalise. Usage: {@code LinkCalibration [DATA_ROOT]}.
 */
public final class LinkCalibration {
    /** Feature names, in the order of {@link #features}; index 0 is the intercept. */
    static final List<String> FEATURES = List.of("bias", "embedding", "nearest", "entities", "lead", "keywords");

    private LinkCalibration() {}

    /** A pair's features (bias first) and label. */
    record Pair(double[] x, int y) {}

    /** One data set, annotated, in the evaluation's order. */
    record Set(String name, int[] gold, List<AnnotatedArticle> arrivals, List<Pair> pairs) {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/data");
        ArticleAnnotations annotations = new ArticleAnnotations();
        List<GoldDocument> ecb = ClusteringEvaluation.shuffled(EcbPlusReader.read(root.resolve(ClusteringEvaluation.ECB)));
        List<GoldDocument> news = ClusteringEvaluation.shuffled(
                MultiNewsReader.read(root.resolve(ClusteringEvaluation.MULTI_NEWS)).documents());
        List<AnnotatedArticle> ecbA = annotations.annotate(ecb, "ecb", ProgressListener.NONE);
        List<AnnotatedArticle> newsA = annotations.annotate(news, "news", ProgressListener.NONE);
        Set a = new Set("ecb", ClusteringEvaluation.goldLabels(ecb), ecbA, pairs(ecb, ecbA));
        Set b = new Set("multinews", ClusteringEvaluation.goldLabels(news), newsA, pairs(news, newsA));
        System.out.printf(Locale.ROOT, "pairs: ecb %d, multinews %d%n", a.pairs().size(), b.pairs().size());
        report("defaults", StoryModel.defaults(), StoryMerger.never(), a, b);
        List<boolean[]> masks = List.of(
                mask(true, true, false, true, false, true),
                mask(true, true, true, true, false, true),
                mask(true, true, false, true, true, true),
                mask(true, true, true, true, true, true));
        for (boolean[] m : masks) {
            for (String fitOn : List.of("ecb", "multinews")) {
                double[] w = fit(fitOn.equals("ecb") ? a.pairs() : b.pairs(), m);
                System.out.printf(Locale.ROOT, "fit on %s only, %s: %s%n", fitOn, names(m), coefficients(model(w, 0)));
            }
            List<Pair> both = new ArrayList<>(a.pairs());
            both.addAll(b.pairs());
            double[] w = fit(both, m);
            for (double shift : SHIFTS) {
                report(String.format(Locale.ROOT, "fit both %s shift %+.1f", names(m), shift), model(w, shift),
                        StoryMerger.never(), a, b);
            }
        }
    }

    static final double[] SHIFTS = {1.5, 2, 2.5, 3};

    static boolean[] mask(boolean... on) {
        return on;
    }

    static String names(boolean[] m) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < m.length; i++) {
            if (m[i]) {
                out.add(FEATURES.get(i));
            }
        }
        return String.join("+", out);
    }

    /** Fits the slopes of the features the mask keeps; the others stay 0. */
    static double[] fit(List<Pair> pairs, boolean[] mask) {
        List<double[]> x = pairs.stream().map(p -> {
            double[] v = p.x().clone();
            for (int i = 0; i < v.length; i++) {
                if (!mask[i]) {
                    v[i] = 0;
                }
            }
            return v;
        }).toList();
        return LogisticFit.fit(x, pairs.stream().mapToDouble(Pair::y).toArray(), 1e-3);
    }

    static StoryModel model(double[] w, double shift) {
        return new StoryModel(w[0] + shift, w[1], w[2], w[3], w[4], w[5], 0, 14);
    }

    static void report(String label, StoryModel model, StoryMerger merger, Set a, Set b) {
        ClusterScores sa = ClusterMetrics.score(a.gold(), run(a.arrivals(), model, merger));
        ClusterScores sb = ClusterMetrics.score(b.gold(), run(b.arrivals(), model, merger));
        System.out.printf(Locale.ROOT, "%-60s ecb %.4f (P %.3f R %.3f)  mn %.4f (P %.3f R %.3f)  mean %.4f  %s%n", label,
                sa.f1(), sa.precision(), sa.recall(), sb.f1(), sb.precision(), sb.recall(), (sa.f1() + sb.f1()) / 2,
                coefficients(model));
    }

    static String coefficients(StoryModel m) {
        return String.format(Locale.ROOT, "[%.2f, emb %.2f, near %.2f, ent %.2f, lead %.2f, kw %.2f]", m.bias(),
                m.embedding(), m.nearest(), m.entities(), m.lead(), m.keywords());
    }

    /** Each arrival's story (position among the final stories) after streaming all of them. */
    static int[] run(List<AnnotatedArticle> arrivals, StoryModel model, StoryMerger merger) {
        StoryClusterer c = new StoryClusterer(model, 0.5, merger);
        arrivals.forEach(c::add);
        return labels(arrivals, c.stories());
    }

    /** The position of each arrival's story among the stories. */
    static int[] labels(List<AnnotatedArticle> arrivals, List<List<AnnotatedArticle>> stories) {
        Map<AnnotatedArticle, Integer> story = new IdentityHashMap<>();
        for (int s = 0; s < stories.size(); s++) {
            for (AnnotatedArticle a : stories.get(s)) {
                story.put(a, s);
            }
        }
        return arrivals.stream().mapToInt(story::get).toArray();
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
                if (e == null) {
                    continue; // a closed story is no candidate
                }
                out.add(new Pair(new double[] {1, e.embedding(), e.nearest(), e.entities(), e.lead(), e.keywords()},
                        own != null && own == s ? 1 : 0));
            }
            int placed = c.place(arrivals.get(i), own == null ? evidence.size() : own);
            story.putIfAbsent(docs.get(i).gold(), placed);
        }
        return out;
    }
}
