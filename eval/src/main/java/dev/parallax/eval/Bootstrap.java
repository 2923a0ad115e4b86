package dev.parallax.eval;

import java.util.Random;
import java.util.function.ToDoubleFunction;

/** Bootstrap standard errors of a corpus-level metric over per-item results, with a fixed seed. */
public final class Bootstrap {
    private Bootstrap() {}

    /**
     * The standard deviation of {@code metric} over {@code samples} resamples (with replacement)
     * of the item indices {@code 0..n-1}.
     */
    public static double standardError(int n, int samples, long seed, ToDoubleFunction<int[]> metric) {
        if (n == 0) {
            return 0;
        }
        Random rnd = new Random(seed);
        double sum = 0;
        double sumSq = 0;
        for (int s = 0; s < samples; s++) {
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = rnd.nextInt(n);
            }
            double v = metric.applyAsDouble(idx);
            sum += v;
            sumSq += v * v;
        }
        double mean = sum / samples;
        return Math.sqrt(Math.max(0, sumSq / samples - mean * mean));
    }
}
