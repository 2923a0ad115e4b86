package dev.parallax.eval.clustering;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Vectors;
import java.util.ArrayList;
import java.util.List;

/** Baseline: online single pass on the article embeddings alone; an article joins the most similar centroid at or above the threshold. */
final class EmbeddingBaseline implements SinglePass {
    private final List<float[]> vectors;

    EmbeddingBaseline(List<AnnotatedArticle> arrivals) {
        this.vectors = arrivals.stream().map(AnnotatedArticle::vector).toList();
    }

    @Override
    public int[] cluster(double threshold) {
        int[] label = new int[vectors.size()];
        List<float[]> sums = new ArrayList<>();
        List<float[]> centroids = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            float[] v = vectors.get(i);
            int best = -1;
            double bestSim = threshold;
            for (int c = 0; c < centroids.size(); c++) {
                double sim = Vectors.dot(v, centroids.get(c));
                if (sim >= bestSim) {
                    best = c;
                    bestSim = sim;
                }
            }
            if (best < 0) {
                sums.add(new float[v.length]);
                centroids.add(null);
                best = sums.size() - 1;
            }
            float[] sum = sums.get(best);
            for (int d = 0; d < v.length; d++) {
                sum[d] += v[d];
            }
            centroids.set(best, Vectors.unit(sum));
            label[i] = best;
        }
        return label;
    }
}
