package dev.parallax.core.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RememberingEmbedderTest {
    /** Embeds a text along the axis its length names, and writes down every text it was asked for. */
    private static final class LengthEmbedder implements Embedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public synchronized float[][] embed(List<String> texts) {
            asked.addAll(texts);
            return texts.stream().map(t -> TestVectors.along(8, t.length() % 8, (t.length() + 1) % 8, 0.25f)).toArray(float[][]::new);
        }

        @Override
        public int dimensions() {
            return 8;
        }
    }

    @Test
    void aCopysSentencesAreEmbeddedOnceAndGetTheSameVectors() {
        LengthEmbedder model = new LengthEmbedder();
        RememberingEmbedder embedder = new RememberingEmbedder(model, 100);
        float[][] first = embedder.embed(List.of("Troops crossed the border.", "Officials said so."));
        float[][] copy = embedder.embed(List.of("An outlet's own opening line.", "Troops crossed the border.", "Officials said so."));
        assertThat(model.asked).containsExactly("Troops crossed the border.", "Officials said so.", "An outlet's own opening line.");
        assertThat(copy[1]).containsExactly(first[0]);
        assertThat(copy[2]).containsExactly(first[1]);
        assertThat(copy[0]).containsExactly(model.embed(List.of("An outlet's own opening line."))[0]);
    }

    @Test
    void aTextTwiceInOneCallIsEmbeddedOnce() {
        LengthEmbedder model = new LengthEmbedder();
        float[][] v = new RememberingEmbedder(model, 100).embed(List.of("Read more.", "A sentence.", "Read more."));
        assertThat(model.asked).containsExactly("Read more.", "A sentence.");
        assertThat(v[2]).containsExactly(v[0]);
    }

    @Test
    void forgetsTheLeastRecentlyUsedAndHandsOutCopies() {
        LengthEmbedder model = new LengthEmbedder();
        RememberingEmbedder embedder = new RememberingEmbedder(model, 2);
        embedder.embed(List.of("a"));
        embedder.embed(List.of("bb"));
        embedder.embed(List.of("a"));
        embedder.embed(List.of("ccc"));
        embedder.embed(List.of("a", "bb"));
        assertThat(model.asked).containsExactly("a", "bb", "ccc", "bb");
        float[] handed = embedder.embed(List.of("a"))[0];
        handed[0] = 42f;
        assertThat(embedder.embed(List.of("a"))[0][0]).isNotEqualTo(42f);
        assertThat(embedder.dimensions()).isEqualTo(8);
        assertThatThrownBy(() -> new RememberingEmbedder(model, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
