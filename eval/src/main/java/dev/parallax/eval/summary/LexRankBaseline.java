package dev.parallax.eval.summary;

import dev.parallax.core.annotate.Sentence;
import java.util.List;

/**
 * LexRank (Erkan and Radev 2004) with the threshold graph: sentences linked when the cosine of
 * their TF-IDF bags of words reaches 0.1, ranked by power iteration; the best taken to the budget.
 */
public final class LexRankBaseline implements Summarizer {
    private static final double THRESHOLD = 0.1;
    private final Rouge rouge = new Rouge();

    @Override
    public String name() {
        return "lexrank";
    }

    @Override
    public List<String> summarize(ClusterMaterial cluster, int budgetWords) {
        List<String> texts = cluster.sentences().stream().map(Sentence::text).toList();
        SparseTfIdf tfidf = new SparseTfIdf(rouge, texts);
        int n = texts.size();
        List<java.util.Map<String, Double>> v = java.util.stream.IntStream.range(0, n).mapToObj(tfidf::vector).toList();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[i][j] = SparseTfIdf.cosine(v.get(i), v.get(j)) >= THRESHOLD ? 1 : 0;
            }
        }
        return RankedSelection.take(texts, SparseTfIdf.pageRank(w), budgetWords);
    }
}
