package dev.parallax.core.annotate.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LearnedCueReaderTest {

    private static Token token(String text) {
        return Token.of(text, 0, text.length()).get(0);
    }

    @Test
    void verbsAdverbsArticlesAndPrepositionsEndNoSourcePhrase() {
        for (String w : List.of("pointed", "talking", "methodically", "the", "A", "not", "about")) {
            assertThat(LearnedCueReader.isHead(token(w))).as(w).isFalse();
        }
    }

    @Test
    void namesNounsPronounsAndPossessivesEndASourcePhrase() {
        for (String w : List.of("Blackwell", "officials", "he", "his", "which", "family", "Beijing", ",")) {
            assertThat(LearnedCueReader.isHead(token(w))).as(w).isTrue();
        }
    }
}
