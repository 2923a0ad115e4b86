package dev.parallax.eval.summary;

import java.util.List;

/**
 * L2-regularised logistic regression by Newton's method, on standardised features (the penalty
 * {@code λ} on every slope, none on the intercept); the result is given back on the raw features'
 * scale: {@code [intercept, slope…]}. Labels may be soft (any value in [0, 1]). For fitting {@code SentenceScorer} in tuning runs.
 */
final class LogisticFit {
    private LogisticFit() {}

    static double[] fit(List<double[]> rows, List<Double> labels, double lambda) {
        int d = rows.get(0).length;
        int n = rows.size();
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] r : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += r[j] / n;
            }
        }
        for (double[] r : rows) {
            for (int j = 0; j < d; j++) {
                sd[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = sd[j] > 1e-12 ? Math.sqrt(sd[j]) : 1;
        }
        double[][] x = new double[n][d + 1];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
            for (int j = 0; j < d; j++) {
                x[i][j + 1] = (rows.get(i)[j] - mean[j]) / sd[j];
            }
        }
        double[] w = new double[d + 1];
        for (int iter = 0; iter < 30; iter++) {
            double[] g = new double[d + 1];
            double[][] h = new double[d + 1][d + 1];
            for (int i = 0; i < n; i++) {
                double z = 0;
                for (int j = 0; j <= d; j++) {
                    z += w[j] * x[i][j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double err = labels.get(i) - p;
                double v = p * (1 - p);
                for (int j = 0; j <= d; j++) {
                    g[j] += err * x[i][j];
                    for (int k = 0; k <= d; k++) {
                        h[j][k] += v * x[i][j] * x[i][k];
                    }
                }
            }
            for (int j = 1; j <= d; j++) {
                g[j] -= lambda * w[j];
                h[j][j] += lambda;
            }
            h[0][0] += 1e-9;
            double[] step = solve(h, g);
            double change = 0;
            for (int j = 0; j <= d; j++) {
                w[j] += step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        double[] raw = new double[d + 1];
        raw[0] = w[0];
        for (int j = 0; j < d; j++) {
            raw[j + 1] = w[j + 1] / sd[j];
            raw[0] -= w[j + 1] * mean[j] / sd[j];
        }
        return raw;
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = a0[i].clone();
        }
        double[] b = b0.clone();
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            double[] t = a[c];
            a[c] = a[p];
            a[p] = t;
            double tb = b[c];
            b[c] = b[p];
            b[p] = tb;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                b[r] -= f * b[c];
                for (int k = c; k < n; k++) {
                    a[r][k] -= f * a[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < n; k++) {
                s -= a[i][k] * x[k];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }
}
