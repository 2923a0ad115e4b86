package dev.parallax.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TermIndexTest {
    @Test
    void lookUpFollowsTheRarestIndexedTermsOnly() {
        DocumentFrequencies df = new DocumentFrequencies();
        df.add(Set.of("common", "lisbon"));
        df.add(Set.of("common", "kyiv"));
        df.add(Set.of("common"));
        TermIndex index = new TermIndex(1, 10, 10);
        index.add(0, Set.of("common", "lisbon"));
        index.add(1, Set.of("common", "kyiv"));
        index.add(2, Set.of("common"));
        // "unseen" is rarest but indexed nowhere, so the one query term is "lisbon"
        assertThat(index.candidates(Set.of("unseen", "lisbon", "common"), df)).containsExactly(0);
        assertThat(new TermIndex(3, 10, 10).candidates(Set.of("lisbon"), df)).isEmpty();
    }

    @Test
    void aTermHeldByTooManyStoriesIsNotFollowed() {
        DocumentFrequencies df = new DocumentFrequencies();
        TermIndex index = new TermIndex(5, 2, 10);
        for (int s = 0; s < 3; s++) {
            index.add(s, Set.of("summit"));
            df.add(Set.of("summit"));
        }
        index.add(3, Set.of("geneva"));
        df.add(Set.of("geneva"));
        assertThat(index.candidates(Set.of("summit", "geneva"), df)).containsExactly(3);
        index.remove(0);
        assertThat(index.candidates(Set.of("summit", "geneva"), df)).containsExactly(1, 2, 3);
    }

    @Test
    void tooManyCandidatesAreCutToThoseSharingTheMostWeight() {
        DocumentFrequencies df = new DocumentFrequencies();
        TermIndex index = new TermIndex(5, 10, 2);
        index.add(0, Set.of("a"));
        index.add(1, Set.of("a", "b"));
        index.add(2, Set.of("a", "b", "c"));
        index.add(3, Set.of("c"));
        assertThat(index.candidates(Set.of("a", "b", "c"), df)).containsExactly(1, 2);
    }

    @Test
    void aRemovedStoryIsNoCandidateAndItsTermsAreForgotten() {
        DocumentFrequencies df = new DocumentFrequencies();
        TermIndex index = new TermIndex(5, 10, 10);
        index.add(0, Set.of("flood", "porto"));
        index.add(1, Set.of("flood"));
        index.remove(0);
        index.remove(0);
        assertThat(index.candidates(Set.of("flood", "porto"), df)).containsExactly(1);
        assertThat(index.stories()).isEqualTo(1);
    }

    @Test
    void idfIsTheSameWhetherCachedOrNot() {
        DocumentFrequencies df = new DocumentFrequencies();
        for (int i = 0; i < 5000; i++) {
            df.add(i % 2 == 0 ? Set.of("even", "all") : Set.of("all"));
            if (i % 997 == 0) {
                assertThat(df.idf("even")).isEqualTo(Math.log((1.0 + df.documents()) / (1.0 + (i / 2 + 1))) + 1);
            }
        }
        assertThat(df.idf("all")).isEqualTo(Math.log(5001.0 / 5001) + 1);
    }

    @Test
    void idfFallsWithDocumentFrequency() {
        DocumentFrequencies df = new DocumentFrequencies();
        df.add(Set.of("a", "b"));
        df.add(Set.of("a"));
        assertThat(df.idf("a")).isEqualTo(Math.log(3.0 / 3) + 1);
        assertThat(df.idf("b")).isGreaterThan(df.idf("a"));
        assertThat(df.idf("never")).isGreaterThan(df.idf("b"));
        assertThat(df.documents()).isEqualTo(2);
    }

    @Test
    void aMoveHandsTheTermsOfOneStoryToAnother() {
        DocumentFrequencies df = new DocumentFrequencies();
        df.add(Set.of("porto", "flood"));
        df.add(Set.of("douro", "flood"));
        TermIndex index = new TermIndex(5, 10, 10);
        index.add(0, Set.of("porto", "flood"));
        index.add(1, Set.of("douro", "flood"));
        index.move(1, 0);
        assertThat(index.stories()).isEqualTo(1);
        assertThat(index.candidates(Set.of("douro"), df)).containsExactly(0);
        assertThat(index.candidates(Set.of("flood"), df)).containsExactly(0);
        index.remove(0);
        assertThat(index.candidates(Set.of("douro", "porto", "flood"), df)).isEmpty();
    }
}
