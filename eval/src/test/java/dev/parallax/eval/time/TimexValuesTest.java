package dev.parallax.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimexValuesTest {
    @Test
    void spellingsOfOneValueAreTheSame() {
        assertThat(TimexValues.same("2000-W07", "2000-W7")).isTrue();
        assertThat(TimexValues.same("2000-W07-WE", "2000-W7-WE")).isTrue();
        assertThat(TimexValues.same("198", "198X")).isTrue();
        assertThat(TimexValues.same("19", "19XX")).isTrue();
        assertThat(TimexValues.same("1998-10-23", "1998-10-23")).isTrue();
    }

    @Test
    void valuesThatSaySomethingElseDiffer() {
        assertThat(TimexValues.same("1968", "1968-XX")).isFalse();
        assertThat(TimexValues.same("2000-W17", "2000-W7")).isFalse();
        assertThat(TimexValues.same("199", "198X")).isFalse();
        assertThat(TimexValues.same(null, "1998")).isFalse();
        assertThat(TimexValues.same("1998", null)).isFalse();
    }
}
