package dev.parallax.eval;

import java.util.Map;

/** Sparse term vectors as maps from term to weight, for the evaluations' TF-IDF baselines and ceilings. */
public final class SparseVectors {
    private SparseVectors() {}

    /** The dot product of two sparse vectors (their cosine when both are unit vectors), over the smaller one. */
    public static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double s = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            s += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
        }
        return s;
    }
}
