package dev.parallax.eval.clustering;

import java.util.List;

/** Logistic regression by Newton's method (iteratively reweighted least squares) with a small ridge; deterministic. */
final class LogisticFit {
    private static final double RIDGE = 1e-3;
    private static final int ITERATIONS = 30;

    private LogisticFit() {}

    /** The coefficients maximising the penalised log-likelihood of labels {@code y} given features {@code x}. */
    static double[] fit(List<double[]> x, int[] y) {
        int d = x.get(0).length;
        double[] w = new double[d];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int i = 0; i < x.size(); i++) {
                double[] xi = x.get(i);
                double p = 1 / (1 + Math.exp(-dot(w, xi)));
                double s = p * (1 - p);
                for (int a = 0; a < d; a++) {
                    grad[a] += (y[i] - p) * xi[a];
                    for (int b = 0; b < d; b++) {
                        hess[a][b] += s * xi[a] * xi[b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                grad[a] -= RIDGE * w[a];
                hess[a][a] += RIDGE;
            }
            double[] step = solve(hess, grad);
            for (int a = 0; a < d; a++) {
                w[a] += step[a];
            }
        }
        return w;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Solves {@code m · x = v} by Gaussian elimination with partial pivoting. */
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
