package dev.parallax.eval.clustering;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.cluster.DocumentFrequencies;
import dev.parallax.core.cluster.TermExtractor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Baseline: the classic online single pass of topic detection and tracking (Allan et al. 1998) —
 * each article a unit TF-IDF vector of its keywords (IDF learned online, as in Parallax), joining
 * the cluster whose summed vector has the highest cosine at or above the threshold.
 */
final class TfidfBaseline implements SinglePass {
    private final List<Map<String, Double>> keywords;

    TfidfBaseline(List<AnnotatedArticle> arrivals) {
        TermExtractor extractor = new TermExtractor();
        this.keywords = arrivals.stream().map(a -> extractor.extract(a.article()).keywords()).toList();
    }

    @Override
    public int[] cluster(double threshold) {
        DocumentFrequencies df = new DocumentFrequencies();
        Map<String, Map<Integer, Double>> postings = new HashMap<>();
        List<Double> normSq = new ArrayList<>();
        int[] label = new int[keywords.size()];
        for (int i = 0; i < keywords.size(); i++) {
            Map<String, Double> v = unitTfidf(keywords.get(i), df);
            double[] dot = new double[normSq.size()];
            v.forEach((t, w) -> postings.getOrDefault(t, Map.of()).forEach((c, cw) -> dot[c] += w * cw));
            int best = -1;
            double bestSim = threshold;
            for (int c = 0; c < dot.length; c++) {
                double sim = dot[c] == 0 ? 0 : dot[c] / Math.sqrt(normSq.get(c));
                if (sim >= bestSim) {
                    best = c;
                    bestSim = sim;
                }
            }
            if (best < 0) {
                normSq.add(0.0);
                best = normSq.size() - 1;
            }
            // |s + v|² = |s|² + 2 s·v + |v|², and |v| = 1
            normSq.set(best, normSq.get(best) + 2 * (best < dot.length ? dot[best] : 0) + 1);
            int c = best;
            v.forEach((t, w) -> postings.computeIfAbsent(t, k -> new HashMap<>()).merge(c, w, Double::sum));
            df.add(keywords.get(i).keySet());
            label[i] = best;
        }
        return label;
    }

    private static Map<String, Double> unitTfidf(Map<String, Double> tf, DocumentFrequencies df) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : tf.entrySet()) {
            double w = e.getValue() * df.idf(e.getKey());
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        v.replaceAll((t, w) -> w * inv);
        return v;
    }
}
