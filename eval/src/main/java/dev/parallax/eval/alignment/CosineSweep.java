package dev.parallax.eval.alignment;

import dev.parallax.core.annotate.Vectors;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedding baseline: every cross-document pair of a story whose sentence cosine reaches a
 * threshold is aligned, with no grouping. The threshold is the one with the best pooled F1 on the
 * data itself (0.005 grid over 0.30–0.99), which flatters the baseline.
 */
final class CosineSweep {
    private CosineSweep() {}

    /** A threshold and each story's counts at it. */
    record Best(double threshold, List<PairCounts> perStory) {}

    /** The best threshold, and every cross-document pair aligned (the base rate of the gold). */
    record Sweep(Best best, List<PairCounts> allPairs) {}

    static Sweep sweep(List<StoryPairs> stories) {
        List<double[]> cosines = new ArrayList<>();
        List<boolean[]> gold = new ArrayList<>();
        for (StoryPairs s : stories) {
            List<Double> c = new ArrayList<>();
            List<Boolean> g = new ArrayList<>();
            for (int i = 0; i < s.sentences().size(); i++) {
                for (int j = i + 1; j < s.sentences().size(); j++) {
                    if (s.document()[i] != s.document()[j]) {
                        c.add((double) Vectors.dot(s.sentences().get(i).vector(), s.sentences().get(j).vector()));
                        g.add(s.gold().contains(StoryPairs.key(i, j)));
                    }
                }
            }
            cosines.add(c.stream().mapToDouble(Double::doubleValue).toArray());
            boolean[] b = new boolean[g.size()];
            for (int k = 0; k < b.length; k++) {
                b[k] = g.get(k);
            }
            gold.add(b);
        }
        Best best = null;
        double bestF1 = -1;
        for (int step = 0; step <= 138; step++) {
            double t = 0.30 + step * 0.005;
            List<PairCounts> per = at(t, cosines, gold);
            double f1 = per.stream().reduce(PairCounts.ZERO, PairCounts::plus).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = new Best(t, per);
            }
        }
        return new Sweep(best, at(Double.NEGATIVE_INFINITY, cosines, gold));
    }

    private static List<PairCounts> at(double t, List<double[]> cosines, List<boolean[]> gold) {
        List<PairCounts> per = new ArrayList<>();
        for (int s = 0; s < cosines.size(); s++) {
            long tp = 0;
            long fp = 0;
            long fn = 0;
            for (int k = 0; k < cosines.get(s).length; k++) {
                boolean p = cosines.get(s)[k] >= t;
                boolean g = gold.get(s)[k];
                tp += p && g ? 1 : 0;
                fp += p && !g ? 1 : 0;
                fn += !p && g ? 1 : 0;
            }
            per.add(new PairCounts(tp, fp, fn));
        }
        return per;
    }
}
