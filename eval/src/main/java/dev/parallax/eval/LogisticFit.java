package dev.parallax.eval;

import java.util.List;

/**
 * L2-regularised logistic regression by Newton's method (iteratively reweighted least squares);
 * deterministic. Labels may be soft (any value in [0, 1]). For fitting the constants the project
 * commits (story linking's {@code StoryModel}, the brief's {@code SentenceScorer}) in calibration
 * and tuning runs.
 */
public final class LogisticFit {
    private static final int ITERATIONS = 30;
    /** A Newton step smaller than this on every coefficient ends the fit. */
    private static final double CONVERGED = 1e-8;

    private LogisticFit() {}

    /**
     * The coefficients maximising the log-likelihood of {@code labels} given the rows {@code x} as
     * they are (an intercept, if wanted, is a column of ones), less {@code ridge}/2 times each
     * squared coefficient.
     */
    public static double[] fit(List<double[]> x, double[] labels, double ridge) {
        double[] penalty = new double[x.get(0).length];
        java.util.Arrays.fill(penalty, ridge);
        return newton(x.toArray(double[][]::new), labels, penalty);
    }

    /**
     * The fit on standardised features with an intercept, the penalty {@code lambda} on every slope
     * and none (but a trace, for a unique answer) on the intercept, given back on the raw features'
     * scale: {@code [intercept, slope…]}.
     */
    public static double[] fitStandardised(List<double[]> rows, double[] labels, double lambda) {
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
        double[] penalty = new double[d + 1];
        java.util.Arrays.fill(penalty, lambda);
        penalty[0] = 1e-9;
        double[] w = newton(x, labels, penalty);
        double[] raw = new double[d + 1];
        raw[0] = w[0];
        for (int j = 0; j < d; j++) {
            raw[j + 1] = w[j + 1] / sd[j];
            raw[0] -= w[j + 1] * mean[j] / sd[j];
        }
        return raw;
    }

    private static double[] newton(double[][] x, double[] y, double[] penalty) {
        int d = penalty.length;
        double[] w = new double[d];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int i = 0; i < x.length; i++) {
                double[] xi = x[i];
                double z = 0;
                for (int a = 0; a < d; a++) {
                    z += w[a] * xi[a];
                }
                double p = 1 / (1 + Math.exp(-z));
                double s = p * (1 - p);
                for (int a = 0; a < d; a++) {
                    grad[a] += (y[i] - p) * xi[a];
                    for (int b = 0; b < d; b++) {
                        hess[a][b] += s * xi[a] * xi[b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                grad[a] -= penalty[a] * w[a];
                hess[a][a] += penalty[a];
            }
            double[] step = solve(hess, grad);
            double change = 0;
            for (int a = 0; a < d; a++) {
                w[a] += step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < CONVERGED) {
                break;
            }
        }
        return w;
    }

    /** Solves {@code m · x = v} by Gauss–Jordan elimination with partial pivoting; a zero pivot gives 0. */
    static double[] solve(double[][] m, double[] v) {
        int n = v.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n] = v[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] tmp = a[c];
            a[c] = a[pivot];
            a[pivot] = tmp;
            for (int r = 0; r < n; r++) {
                if (r != c && a[c][c] != 0) {
                    double f = a[r][c] / a[c][c];
                    for (int k = c; k <= n; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[i][i] == 0 ? 0 : a[i][n] / a[i][i];
        }
        return x;
    }
}
