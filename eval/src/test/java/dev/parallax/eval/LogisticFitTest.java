package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticFitTest {
    /** Labels drawn from a known model: the fit must find its coefficients back. */
    @Test
    void recoversTheCoefficientsOfTheModelTheLabelsCameFrom() {
        Random random = new Random(7);
        List<double[]> withIntercept = new ArrayList<>();
        List<double[]> raw = new ArrayList<>();
        double[] labels = new double[20_000];
        for (int i = 0; i < labels.length; i++) {
            double a = random.nextGaussian();
            double b = 10 + 3 * random.nextGaussian();
            double p = 1 / (1 + Math.exp(-(-4 + 1.5 * a + 0.4 * b)));
            labels[i] = random.nextDouble() < p ? 1 : 0;
            withIntercept.add(new double[] {1, a, b});
            raw.add(new double[] {a, b});
        }
        assertThat(LogisticFit.fit(withIntercept, labels, 1e-3)).containsExactly(new double[] {-4, 1.5, 0.4}, within(0.15));
        assertThat(LogisticFit.fitStandardised(raw, labels, 1e-3)).containsExactly(new double[] {-4, 1.5, 0.4}, within(0.15));
    }

    @Test
    void aColumnOfZerosGetsACoefficientOfZero() {
        List<double[]> x = List.of(new double[] {1, 0, 2}, new double[] {1, 0, -1}, new double[] {1, 0, 0.5}, new double[] {1, 0, -2});
        double[] w = LogisticFit.fit(x, new double[] {1, 0, 1, 0}, 1e-3);
        assertThat(w[1]).isZero();
        assertThat(w[2]).isPositive();
    }

    @Test
    void solvesALinearSystem() {
        double[] x = LogisticFit.solve(new double[][] {{0, 2}, {3, 1}}, new double[] {4, 5});
        assertThat(x).containsExactly(new double[] {1, 2}, within(1e-12));
    }
}
