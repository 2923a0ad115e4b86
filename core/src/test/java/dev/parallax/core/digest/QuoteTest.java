package dev.parallax.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTest {
    @Test
    void aWordingWithMarksOfItsOwnIsAReport() {
        assertThat(Quote.quotesWithin("praised the \"heroism\" of the soldiers")).isTrue();
        assertThat(Quote.quotesWithin("called them “heroes”")).isTrue();
        assertThat(Quote.quotesWithin("We will not give up")).isFalse();
        assertThat(Quote.quotesWithin("the mayor's plan")).isFalse();
    }

    @Test
    void anotherSpeakerKeepsEverythingElse() {
        Quote q = new Quote("Kim", "the \"heroes\"", List.of("v"), List.of("KCNA"), List.of(), "a", true);
        assertThat(q.withSpeaker("Kim Jong Un")).isEqualTo(new Quote("Kim Jong Un", "the \"heroes\"", List.of("v"), List.of("KCNA"),
                List.of(), "a", true));
    }
}
