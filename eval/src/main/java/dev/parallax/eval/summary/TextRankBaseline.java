package dev.parallax.eval.summary;

import dev.parallax.core.annotate.Sentence;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TextRank (Mihalcea and Tarau 2004): sentences weighted by word overlap, shared content words over
 * {@code log|Si| + log|Sj|}, ranked by weighted PageRank; the best taken to the budget.
 */
public final class TextRankBaseline implements Summarizer {
    private final Rouge rouge = new Rouge();

    @Override
    public String name() {
        return "textrank";
    }

    @Override
    public List<String> summarize(ClusterMaterial cluster, int budgetWords) {
        List<String> texts = cluster.sentences().stream().map(Sentence::text).toList();
        SparseTfIdf words = new SparseTfIdf(rouge, texts);
        int n = texts.size();
        List<Set<String>> sets = java.util.stream.IntStream.range(0, n).mapToObj(i -> Set.copyOf(words.terms(i))).toList();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w[i][j] = i == j ? 0 : overlap(sets.get(i), sets.get(j));
            }
        }
        return RankedSelection.take(texts, SparseTfIdf.pageRank(w), budgetWords);
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.size() < 2 || b.size() < 2) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size() / (Math.log(a.size()) + Math.log(b.size()));
    }
}
