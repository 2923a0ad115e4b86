package dev.parallax.eval.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PairCountsTest {
    @Test
    void pairwisePrecisionRecallAndF1() {
        Set<Long> gold = Set.of(StoryPairs.key(0, 1), StoryPairs.key(0, 2), StoryPairs.key(1, 2), StoryPairs.key(3, 4));
        Set<Long> predicted = Set.of(StoryPairs.key(1, 0), StoryPairs.key(2, 3));
        PairCounts c = PairCounts.of(predicted, gold);
        assertThat(c).isEqualTo(new PairCounts(1, 1, 3));
        assertThat(c.precision()).isEqualTo(0.5);
        assertThat(c.recall()).isEqualTo(0.25);
        assertThat(c.f1()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(c.plus(new PairCounts(3, 0, 0)).f1()).isCloseTo(2 / 3.0, within(1e-12)); // P 4/5, R 4/7;
    }
}
