package dev.parallax.eval.clustering;

import java.util.HashMap;
import java.util.Map;

/** Scores a predicted partition against gold: B-cubed precision, recall, F1 and the adjusted Rand index. */
public final class ClusterMetrics {
    private ClusterMetrics() {}

    /**
     * @param gold gold cluster of each item
     * @param predicted predicted cluster of each item, same length
     */
    public static ClusterScores score(int[] gold, int[] predicted) {
        if (gold.length != predicted.length) {
            throw new IllegalArgumentException("gold has " + gold.length + " items, predicted " + predicted.length);
        }
        int n = gold.length;
        if (n == 0) {
            return new ClusterScores(0, 0, 0, 0, 0);
        }
        Map<Long, Integer> cells = new HashMap<>();
        Map<Integer, Integer> goldSize = new HashMap<>();
        Map<Integer, Integer> predSize = new HashMap<>();
        for (int i = 0; i < n; i++) {
            cells.merge(((long) gold[i] << 32) | (predicted[i] & 0xffffffffL), 1, Integer::sum);
            goldSize.merge(gold[i], 1, Integer::sum);
            predSize.merge(predicted[i], 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        double pairsBoth = 0;
        for (Map.Entry<Long, Integer> e : cells.entrySet()) {
            double c = e.getValue();
            int g = (int) (e.getKey() >> 32);
            int k = (int) (long) e.getKey();
            p += c * c / predSize.get(k);
            r += c * c / goldSize.get(g);
            pairsBoth += pairs(c);
        }
        p /= n;
        r /= n;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new ClusterScores(p, r, f1, ari(pairsBoth, goldSize, predSize, n), predSize.size());
    }

    private static double ari(double pairsBoth, Map<Integer, Integer> goldSize, Map<Integer, Integer> predSize, int n) {
        double pairsGold = goldSize.values().stream().mapToDouble(ClusterMetrics::pairs).sum();
        double pairsPred = predSize.values().stream().mapToDouble(ClusterMetrics::pairs).sum();
        double expected = pairsGold * pairsPred / pairs(n);
        double max = (pairsGold + pairsPred) / 2;
        if (max == expected) {
            return 1; // both partitions trivial in the same way: all singletons or one cluster
        }
        return (pairsBoth - expected) / (max - expected);
    }

    private static double pairs(double m) {
        return m * (m - 1) / 2;
    }
}
