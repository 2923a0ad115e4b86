package dev.parallax.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's metric, checked by hand on small texts. */
class ShingleMatchTest {

    @Test
    void identicalTextsMatchFully() {
        ShingleMatch m = ShingleMatch.of("One two three four five.", "One, two; three four five!");
        assertThat(m.tp()).isEqualTo(1.0);
        assertThat(m.precision()).isEqualTo(1.0);
        assertThat(m.recall()).isEqualTo(1.0);
    }

    @Test
    void countsShinglesAsMultisetsAndNormalises() {
        // gold: a b c d e → {abcd, bcde}; predicted: a b c d x → {abcd, bcdx}
        ShingleMatch m = ShingleMatch.of("a b c d e", "a b c d x");
        assertThat(m.tp()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(m.fp()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(m.fn()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(ShingleMatch.shingles("a b c d a b c d").get(List.of("a", "b", "c", "d"))).isEqualTo(2);
    }

    @Test
    void keepsCaseAndSplitsUnicodeWords() {
        assertThat(ShingleMatch.of("Über die Brücke gehen", "über die Brücke gehen").tp()).isZero();
        assertThat(ShingleMatch.shingles("Über die Brücke gehen")).containsKey(List.of("Über", "die", "Brücke", "gehen"));
    }

    @Test
    void aShortTextIsOneShingleAndAnEmptyOneHasNone() {
        assertThat(ShingleMatch.shingles("just two")).containsOnlyKeys(List.of(List.of("just", "two")));
        assertThat(ShingleMatch.shingles("")).isEmpty();
        ShingleMatch empty = ShingleMatch.of("some gold text here now", "");
        assertThat(empty.precision()).isNaN();
        assertThat(empty.recall()).isZero();
    }

    @Test
    void averagesPrecisionAndRecallOverPagesThenTakesF1() {
        ShingleMatch perfect = ShingleMatch.of("a b c d e", "a b c d e");
        ShingleMatch half = ShingleMatch.of("a b c d e", "a b c d x");
        ShingleMatch nothing = ShingleMatch.of("a b c d e", "");
        ShingleScores s = ShingleScores.of(List.of(perfect, half, nothing));
        assertThat(s.precision()).isCloseTo((1 + 0.5) / 2, within(1e-12)); // the empty prediction is left out
        assertThat(s.recall()).isCloseTo((1 + 0.5 + 0) / 3, within(1e-12));
        assertThat(s.f1()).isCloseTo(2 * 0.75 * 0.5 / 1.25, within(1e-12));
        assertThat(s.f1StdErr()).isPositive();
    }
}
