package dev.parallax.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.Span;
import dev.parallax.eval.attribution.SpanMatch.Mode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionCountsTest {
    // Offsets count code points: the emoji before "Jones" is one code point but two Java chars.
    static final String TEXT = "😀 Jones said “we won,” and “we stay.” Smith wants more.";
    static final String ANN = String.join("\n",
            "T1\tSource 2 7\tJones",
            "T2\tCue 8 12\tsaid",
            "T3\tContent 13 22;27 37\t“we won,” “we stay.”",
            "T4\tAttribution 8 12\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tCue 44 49\twants",
            "T6\tContent 50 54\tmore",
            "T7\tAttribution-no-source 44 49\twants",
            "E2\tAttribution-no-source:T7 Content:T6 Cue:T5",
            "#1\tAnnotatorNotes T3\ta note",
            "");

    @Test
    void readsDiscontinuousSpansAndCodePointOffsets() throws Exception {
        List<Triple> gold = PolnearArticle.parse(TEXT, ANN, Path.of("x.ann"));
        assertThat(gold).hasSize(2);
        assertThat(gold.get(0).source().get(0).of(TEXT)).isEqualTo("Jones");
        assertThat(gold.get(0).content()).extracting(s -> s.of(TEXT)).containsExactly("“we won,”", "“we stay.”");
        assertThat(gold.get(1).source()).isEmpty();
    }

    @Test
    void exactIgnoresEdgePunctuationOverlapNeedsALetter() {
        int q = TEXT.indexOf("we won");
        assertThat(SpanMatch.matches(TEXT, List.of(new Span(q - 1, q + 8)), List.of(new Span(q, q + 6)), Mode.EXACT)).isTrue();
        assertThat(SpanMatch.matches(TEXT, List.of(new Span(q, q + 2)), List.of(new Span(q, q + 6)), Mode.EXACT)).isFalse();
        assertThat(SpanMatch.matches(TEXT, List.of(new Span(q, q + 2)), List.of(new Span(q, q + 6)), Mode.OVERLAP)).isTrue();
        assertThat(SpanMatch.matches(TEXT, List.of(new Span(q - 2, q)), List.of(new Span(q - 1, q + 6)), Mode.OVERLAP)).isFalse();
    }

    @Test
    void twoColonCuesMatchUnderOverlapThoughTheyHoldNoLetter() {
        String text = "Senator: We will win";
        List<Span> colon = List.of(new Span(7, 8));
        assertThat(SpanMatch.matches(text, colon, colon, Mode.OVERLAP)).isTrue();
        assertThat(SpanMatch.matches(text, colon, List.of(new Span(8, 9)), Mode.OVERLAP)).isFalse();
        assertThat(SpanMatch.matches(text, colon, List.of(new Span(0, 8)), Mode.OVERLAP)).isFalse();
    }

    @Test
    void oneLongPredictionMatchesOneGoldSpanOnly() throws Exception {
        List<Triple> gold = PolnearArticle.parse(TEXT, ANN, Path.of("x.ann"));
        Span all = new Span(0, TEXT.length());
        Triple everything = new Triple(List.of(), List.of(new Span(TEXT.indexOf("said"), TEXT.indexOf("said") + 4)), List.of(all));
        AttributionCounts c = AttributionCounts.of(TEXT, gold, List.of(everything));
        assertThat(c.recall(0, Mode.OVERLAP)).isEqualTo(0.5);
        assertThat(c.precision(0, Mode.OVERLAP)).isEqualTo(1.0);
        assertThat(c.f1(3, Mode.OVERLAP)).isZero();   // its source is absent where the gold names Jones
    }
}
