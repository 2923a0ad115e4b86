package dev.parallax.eval.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DateScoreTest {
    @Test
    void countsRightDaysAndRightAbstentions() {
        DateScore s = DateScore.empty()
                .add("2020-05-12T08:30+02:00", "2020-05-12")   // right to the day
                .add("2020-05-11", "2020-05-12")               // wrong day
                .add(null, "2020-05-12")                       // no date given
                .add(null, null);                              // nothing to give, none given
        assertThat(s.accuracy()).isCloseTo(0.5, within(1e-9));
        assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.recall()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.f1()).isCloseTo(0.4, within(1e-9));
        assertThat(s.coverage()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aDateGivenWhereThereIsNoneIsWrong() {
        DateScore s = DateScore.empty().add("2020-01-01", null);
        assertThat(s.accuracy()).isZero();
        assertThat(s.precision()).isZero();
    }
}
