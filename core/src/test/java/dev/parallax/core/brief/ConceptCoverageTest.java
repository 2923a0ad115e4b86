package dev.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptCoverageTest {
    @Test
    void conceptsMentionedTwiceCountOnceCovered() {
        ConceptCoverage c = new ConceptCoverage(List.of(
                "Rockies fans got misspelled jerseys.", "The misspelled jerseys were a gaffe.", "Rain fell."),
                List.of("a", "b", "c"));
        // shared concepts: misspelled (2 articles), jerseys (2), "misspelled jerseys" (2) -> 6; the rest occur once
        assertThat(c.gain("Misspelled jerseys again.")).isEqualTo(6.0);
        c.cover("The jerseys were misspelled.");
        // misspelled and jerseys are covered; the bigram "misspelled jerseys" is not
        assertThat(c.gain("Misspelled jerseys again.")).isEqualTo(2.0);
    }

    @Test
    void weighsAConceptByTheArticlesThatMentionItNotByItsRepeats() {
        ConceptCoverage c = new ConceptCoverage(List.of(
                "The flood closed the bridge.", "The flood rose overnight.", "The flood receded.",
                "Officials reopened the bridge.", "The bridge reopened on Monday."),
                List.of("a", "a", "a", "b", "c"));
        // flood: three statements of one article -> 1; bridge: three statements in three articles -> 3
        assertThat(c.gain("Flood.")).isEqualTo(1.0);
        assertThat(c.gain("Bridge.")).isEqualTo(3.0);
    }
}
