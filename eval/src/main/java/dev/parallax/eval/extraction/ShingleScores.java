package dev.parallax.eval.extraction;

import dev.parallax.eval.Bootstrap;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Corpus scores over per-page {@link ShingleMatch}es, as the Zyte article-extraction benchmark
 * reports them: precision and recall are means over pages (a page without predicted shingles is
 * left out of precision, one without gold shingles out of recall) and F1 is the harmonic mean of
 * those two means. The standard error of F1 is bootstrapped over pages with a fixed seed.
 *
 * @param precision mean page precision
 * @param recall mean page recall
 * @param f1 harmonic mean of {@code precision} and {@code recall}
 * @param f1StdErr bootstrap standard error of {@code f1}
 */
public record ShingleScores(double precision, double recall, double f1, double f1StdErr) {
    static final int BOOTSTRAP_SAMPLES = 1000;
    static final long BOOTSTRAP_SEED = 20191119L;

    public static ShingleScores of(List<ShingleMatch> pages) {
        int[] all = IntStream.range(0, pages.size()).toArray();
        double p = mean(pages, all, true);
        double r = mean(pages, all, false);
        double se = Bootstrap.standardError(pages.size(), BOOTSTRAP_SAMPLES, BOOTSTRAP_SEED,
                idx -> f1(mean(pages, idx, true), mean(pages, idx, false)));
        return new ShingleScores(p, r, f1(p, r), se);
    }

    private static double mean(List<ShingleMatch> pages, int[] idx, boolean precision) {
        double sum = 0;
        int n = 0;
        for (int i : idx) {
            double v = precision ? pages.get(i).precision() : pages.get(i).recall();
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
