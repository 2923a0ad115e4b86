package dev.parallax.core.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.attribution.Attribution;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimOriginsTest {
    private static final String TEXT = "“It’s an emotional issue. I’m trying to be respectful of different views. "
            + "It’s bigger than us,” Plush said. The match went on.";

    private static Span of(String phrase) {
        int at = TEXT.indexOf(phrase);
        return new Span(at, at + phrase.length());
    }

    private static ClaimGroup group(String sentence) {
        ClaimGroup.Member m = new ClaimGroup.Member("a", new Sentence(1, of(sentence), sentence, new float[] {1}));
        return new ClaimGroup(List.of(m), m, 1);
    }

    private static final Attribution QUOTE = new Attribution(Attribution.Kind.DIRECT,
            List.of(of("It’s an emotional issue. I’m trying to be respectful of different views. It’s bigger than us,")),
            of("said"), of("Plush"), "Plush", null, List.of());

    @Test
    void aSentenceInsideAQuotationOfSeveralSentencesIsItsSpeakers() {
        ClaimGroup g = group("I’m trying to be respectful of different views.");
        assertThat(ClaimOrigins.attribute(g, g.toClaim(), Map.of("a", List.of(QUOTE)), Map.of()).origin()).isEqualTo("Plush");
    }

    @Test
    void aSentenceAfterTheQuotationIsNot() {
        ClaimGroup g = group("The match went on.");
        assertThat(ClaimOrigins.attribute(g, g.toClaim(), Map.of("a", List.of(QUOTE)), Map.of()).origin()).isNull();
    }
}
