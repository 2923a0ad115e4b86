package dev.parallax.eval.alignment;

import java.util.Set;

/**
 * Pairwise agreement of predicted and gold aligned sentence pairs.
 *
 * @param truePositives pairs both predicted and gold
 * @param falsePositives pairs predicted only
 * @param falseNegatives gold pairs not predicted
 */
public record PairCounts(long truePositives, long falsePositives, long falseNegatives) {
    public static final PairCounts ZERO = new PairCounts(0, 0, 0);

    public static PairCounts of(Set<Long> predicted, Set<Long> gold) {
        long tp = predicted.stream().filter(gold::contains).count();
        return new PairCounts(tp, predicted.size() - tp, gold.size() - tp);
    }

    public PairCounts plus(PairCounts o) {
        return new PairCounts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    /** 1 when nothing was predicted (no claim made, none wrong). */
    public double precision() {
        long p = truePositives + falsePositives;
        return p == 0 ? 1 : truePositives / (double) p;
    }

    /** 1 when there is nothing to find. */
    public double recall() {
        long g = truePositives + falseNegatives;
        return g == 0 ? 1 : truePositives / (double) g;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
