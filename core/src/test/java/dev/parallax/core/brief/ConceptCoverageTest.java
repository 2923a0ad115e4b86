package dev.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptCoverageTest {
    @Test
    void conceptsMentionedTwiceCountOnceCovered() {
        ConceptCoverage c = new ConceptCoverage(List.of(
                "Rockies fans got misspelled jerseys.", "The misspelled jerseys were a gaffe.", "Rain fell."));
        // shared concepts: misspelled (2), jerseys (2), "misspelled jerseys" (2) -> 6; the rest occur once
        assertThat(c.gain("Misspelled jerseys again.")).isEqualTo(6.0);
        c.cover("The jerseys were misspelled.");
        // misspelled and jerseys are covered; the bigram "misspelled jerseys" is not
        assertThat(c.gain("Misspelled jerseys again.")).isEqualTo(2.0);
    }
}
