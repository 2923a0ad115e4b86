package dev.parallax.core.corroborate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClaimEvidenceTest {
    @Test
    void termsAreNamesNumbersAndContentStems() {
        StatementTerms t = StatementTerms.of("Police arrested 2,500 protesters in Lagos on Monday.");
        assertThat(t.names()).containsExactlyInAnyOrder("lagos"); // "Police" opens the sentence; "Monday" says when, not who
        assertThat(t.numbers()).containsExactly("2500");
        assertThat(t.stems()).contains("arres", "prote", "lagos", "polic").doesNotContain("on", "in");
    }

    @Test
    void signalsSayWhatTwoStatementsShareAndWhereTheyDiffer() {
        StatementTerms a = StatementTerms.of("Rebels killed 12 soldiers near Goma on Sunday.");
        StatementTerms b = StatementTerms.of("Twelve soldiers were killed by rebels near Goma, officials said, and 12 died.");
        StatementTerms c = StatementTerms.of("Floods in Dhaka left 40 people homeless.");
        double[] ab = ClaimEvidence.signals(a, b);
        assertThat(ab[0]).isEqualTo(1.0); // every name of b is a name of a
        assertThat(ab[1]).isZero();
        assertThat(ab[2]).isEqualTo(1.0);
        assertThat(ab[3]).isZero();
        assertThat(ab[4]).isGreaterThan(0.4);
        double[] ac = ClaimEvidence.signals(a, c);
        assertThat(ac[1]).isEqualTo(1.0);
        assertThat(ac[3]).isEqualTo(1.0);
        assertThat(ac[4]).isZero();
    }

    @Test
    void theScoreIsTheCosineMovedByTheWeightedSignals() {
        StatementTerms a = StatementTerms.of("Rebels killed 12 soldiers near Goma.");
        StatementTerms b = StatementTerms.of("Rebels killed 12 soldiers near Goma.");
        assertThat(ClaimEvidence.NONE.score(0.8, a, b)).isEqualTo(0.8);
        assertThat(new ClaimEvidence(0.03, 0, 0.06, 0, 0.1).score(0.8, a, b)).isCloseTo(0.99, within(1e-9));
    }
}
