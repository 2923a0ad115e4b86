package dev.parallax.eval.summary;

import dev.parallax.core.annotate.StopWords;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF bags of words over one cluster's sentences, as the classic extractive baselines use them:
 * ROUGE's stemmed tokens less English stop words, idf = log(N / df) with the sentences as documents.
 */
final class SparseTfIdf {
    private final List<List<String>> terms;
    private final Map<String, Double> idf = new HashMap<>();

    SparseTfIdf(Rouge rouge, List<String> sentences) {
        this.terms = sentences.stream().map(s -> rouge.tokens(s).stream().filter(t -> !StopWords.isEnglish(t)).toList()).toList();
        Map<String, Integer> df = new HashMap<>();
        for (List<String> t : terms) {
            new HashSet<>(t).forEach(w -> df.merge(w, 1, Integer::sum));
        }
        df.forEach((w, n) -> idf.put(w, Math.log(terms.size() / (double) n)));
    }

    /** The content words of sentence i. */
    List<String> terms(int i) {
        return terms.get(i);
    }

    /** The unit-length TF-IDF vector of sentence i (empty when it has no weighted term). */
    Map<String, Double> vector(int i) {
        return vector(terms.get(i));
    }

    Map<String, Double> vector(List<String> words) {
        Map<String, Double> v = new HashMap<>();
        words.forEach(w -> v.merge(w, idf.getOrDefault(w, 0.0), Double::sum));
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm > 0) {
            v.replaceAll((w, x) -> x / norm);
        }
        return v;
    }

    /** The cosine of two unit vectors. */
    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        return dev.parallax.eval.SparseVectors.dot(a, b);
    }

    /** The stationary distribution of the row-normalised graph with damping 0.85, by power iteration. */
    static double[] pageRank(double[][] weights) {
        int n = weights.length;
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0 / Math.max(1, n));
        double[] rowSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rowSum[i] += weights[i][j];
            }
        }
        for (int iter = 0; iter < 100; iter++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double share = rowSum[i] > 0 ? rank[i] / rowSum[i] : 0;
                for (int j = 0; j < n; j++) {
                    next[j] += 0.85 * share * weights[i][j];
                }
            }
            double delta = 0;
            for (int j = 0; j < n; j++) {
                next[j] += 0.15 / n;
                delta += Math.abs(next[j] - rank[j]);
            }
            rank = next;
            if (delta < 1e-6) {
                break;
            }
        }
        return rank;
    }
}
