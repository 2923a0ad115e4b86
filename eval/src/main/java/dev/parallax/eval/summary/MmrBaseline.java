package dev.parallax.eval.summary;

import dev.parallax.core.annotate.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Maximal marginal relevance (Carbonell and Goldstein 1998), λ = 0.7: each step takes the sentence
 * maximising λ·sim(s, centroid) − (1 − λ)·max sim(s, chosen), TF-IDF cosines, the centroid being
 * the whole cluster's bag of words.
 */
public final class MmrBaseline implements Summarizer {
    private static final double LAMBDA = 0.7;
    private final Rouge rouge = new Rouge();

    @Override
    public String name() {
        return "mmr";
    }

    @Override
    public List<String> summarize(ClusterMaterial cluster, int budgetWords) {
        List<String> texts = cluster.sentences().stream().map(Sentence::text).toList();
        SparseTfIdf tfidf = new SparseTfIdf(rouge, texts);
        List<Map<String, Double>> v = IntStream.range(0, texts.size()).mapToObj(tfidf::vector).toList();
        Map<String, Double> centroid = tfidf.vector(IntStream.range(0, texts.size())
                .boxed().flatMap(i -> tfidf.terms(i).stream()).toList());
        double[] relevance = v.stream().mapToDouble(x -> SparseTfIdf.cosine(x, centroid)).toArray();
        List<Integer> chosen = new ArrayList<>();
        List<String> out = new ArrayList<>();
        int words = 0;
        while (words < budgetWords && chosen.size() < texts.size()) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < texts.size(); i++) {
                if (chosen.contains(i)) {
                    continue;
                }
                double redundancy = 0;
                for (int c : chosen) {
                    redundancy = Math.max(redundancy, SparseTfIdf.cosine(v.get(i), v.get(c)));
                }
                double score = LAMBDA * relevance[i] - (1 - LAMBDA) * redundancy;
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            chosen.add(best);
            out.add(texts.get(best));
            words += dev.parallax.core.annotate.Words.count(texts.get(best));
        }
        return out;
    }
}
