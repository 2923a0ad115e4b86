package dev.parallax.eval.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClusterMetricsTest {
    @Test
    void perfectPartitionScoresOne() {
        ClusterScores s = ClusterMetrics.score(new int[] {0, 0, 1, 1, 2}, new int[] {5, 5, 7, 7, 9});
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.ari()).isCloseTo(1.0, within(1e-12));
        assertThat(s.clusters()).isEqualTo(3);
    }

    @Test
    void handComputedMerge() {
        // gold {a,b} {c,d}; predicted {a,b,c} {d}
        ClusterScores s = ClusterMetrics.score(new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 1});
        // precision: a,b 2/3 each, c 1/3, d 1 → (2/3+2/3+1/3+1)/4 = 2/3
        assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-12));
        // recall: a,b 1, c 1/2, d 1/2 → 3/4
        assertThat(s.recall()).isCloseTo(0.75, within(1e-12));
        assertThat(s.f1()).isCloseTo(2 * (2.0 / 3) * 0.75 / (2.0 / 3 + 0.75), within(1e-12));
        // ARI: index 1, expected 2·3/6 = 1, max (2+3)/2 = 2.5 → (1-1)/(2.5-1) = 0
        assertThat(s.ari()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void handComputedAri() {
        // gold {0,1,2} {3,4,5}; predicted {0,1} {2,3} {4,5}
        ClusterScores s = ClusterMetrics.score(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 0, 1, 1, 2, 2});
        // index 2, gold pairs 6, predicted pairs 3, expected 6·3/15 = 1.2, max 4.5 → 0.8/3.3
        assertThat(s.ari()).isCloseTo(0.8 / 3.3, within(1e-12));
        // precision: 1,1,1/2,1/2,1,1 → 5/6; recall: 2/3,2/3,1/3,1/3,2/3,2/3 → 5/9
        assertThat(s.precision()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(s.recall()).isCloseTo(5.0 / 9, within(1e-12));
    }

    @Test
    void allSingletonsAgainstOneCluster() {
        ClusterScores s = ClusterMetrics.score(new int[] {0, 0, 0}, new int[] {0, 1, 2});
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.ari()).isCloseTo(0.0, within(1e-12));
    }
}
