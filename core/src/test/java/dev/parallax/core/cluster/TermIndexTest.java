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
        TermIndex index = new TermIndex(1);
        index.add(0, Set.of("common", "lisbon"));
        index.add(1, Set.of("common", "kyiv"));
        index.add(2, Set.of("common"));
        // "unseen" is rarest but indexed nowhere, so the one query term is "lisbon"
        assertThat(index.candidates(Set.of("unseen", "lisbon", "common"), df)).containsExactly(0);
        assertThat(new TermIndex(3).candidates(Set.of("lisbon"), df)).isEmpty();
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
}
