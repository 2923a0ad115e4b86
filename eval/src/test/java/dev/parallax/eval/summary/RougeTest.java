package dev.parallax.eval.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ROUGE on summaries small enough to score by hand; each expected value is worked out in a comment. */
class RougeTest {
    private final Rouge rouge = new Rouge();

    @Test
    void tokensAreLowerCaseAlphanumericRunsStemmedWhenLongerThanThreeLetters() {
        // "U.S." -> "u s"; "cats" (4 letters) -> "cat"; "cat" (3) and "is" untouched; "'s" splits off
        assertThat(rouge.tokens("The U.S. cats' owner's cat is RUNNING, 2-0!"))
                .containsExactly("the", "u", "s", "cat", "owner", "s", "cat", "is", "run", "2", "0");
    }

    @Test
    void unigramsBigramsAndLcsOfOneSentence() {
        // c = the cat sat on the mat (6), r = the cat is on the mat (6)
        // R1: the 2 + cat 1 + on 1 + mat 1 = 5 hits: P = R = F = 5/6
        // R2: c {the cat, cat sat, sat on, on the, the mat}, r {the cat, cat is, is on, on the, the mat}: 3 of 5
        // RL: LCS = the cat on the mat = 5: P = R = F = 5/6
        RougeScores s = rouge.score(List.of("The cat sat on the mat."), List.of("The cat is on the mat."));
        assertThat(s.rouge1().f1()).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(s.rouge2().precision()).isCloseTo(0.6, within(1e-9));
        assertThat(s.rouge2().f1()).isCloseTo(0.6, within(1e-9));
        assertThat(s.rougeL().f1()).isCloseTo(5 / 6.0, within(1e-9));
    }

    @Test
    void stemmingMatchesInflections() {
        // c = cat run (cats -> cat, running -> run), r = the cat run (runs -> run)
        // R1: 2 hits, P = 2/2, R = 2/3, F = 2*1*(2/3)/(5/3) = 0.8
        // R2: c {cat run}, r {the cat, cat run}: 1 hit, P = 1, R = 1/2, F = 2/3
        RougeScores s = rouge.score(List.of("Cats running!"), List.of("The cat runs."));
        assertThat(s.rouge1().precision()).isCloseTo(1.0, within(1e-9));
        assertThat(s.rouge1().recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.rouge1().f1()).isCloseTo(0.8, within(1e-9));
        assertThat(s.rouge2().f1()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void countsAreClipped() {
        // c = the the the, r = the cat: "the" counts min(3, 1) = 1; P = 1/3, R = 1/2, F = 2*(1/6)/(5/6) = 0.4
        RougeScore r1 = rouge.score(List.of("the the the"), List.of("the cat")).rouge1();
        assertThat(r1.precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(r1.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(r1.f1()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void summaryLevelLcsIsTheUnionOverCandidateSentences() {
        // Lin (2004) §3.2: r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5.
        // LCS(r, c1) = w1 w2, LCS(r, c2) = w1 w3 w5, union = w1 w2 w3 w5: 4 hits.
        // R = 4/5, P = 4/10, F = 2*0.8*0.4/1.2 = 0.5333…
        RougeScore l = rouge.score(List.of("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"), List.of("w1 w2 w3 w4 w5")).rougeL();
        assertThat(l.recall()).isCloseTo(0.8, within(1e-9));
        assertThat(l.precision()).isCloseTo(0.4, within(1e-9));
        assertThat(l.f1()).isCloseTo(1.6 / 3, within(1e-9));
    }

    @Test
    void unionHitsAreClippedByTokenCounts() {
        // r1 = a b, r2 = a b (4 reference tokens); c = a b (2 candidate tokens).
        // Each reference sentence's LCS is "a b", but the candidate holds one "a" and one "b": 2 hits.
        // R = 2/4, P = 2/2, F = 2/3
        RougeScore l = rouge.score(List.of("a b"), List.of("a b", "a b")).rougeL();
        assertThat(l.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(l.precision()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void emptySummaryScoresZero() {
        assertThat(rouge.score(List.of(), List.of("the cat")).rouge1()).isEqualTo(RougeScore.ZERO);
        assertThat(rouge.score(List.of("!!"), List.of("the cat")).rougeL()).isEqualTo(RougeScore.ZERO);
    }

    @Test
    void budgetCutsAfterExactlyNWords() {
        assertThat(WordBudget.cut(List.of("One two three.", "Four five six seven."), 5))
                .containsExactly("One two three.", "Four five");
        assertThat(WordBudget.count(WordBudget.cut(List.of("a b", "c d e"), 10))).isEqualTo(5);
    }
}
