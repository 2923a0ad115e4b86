package dev.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.core.annotate.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OnnxEmbedderTest {
    private static final String TROOPS = "North Korea sent troops to Russia.";
    private static final String PARAPHRASE = "Pyongyang dispatched soldiers to help Moscow.";
    private static final String FLOUR = "The recipe calls for two cups of flour.";
    private static final List<String> WAR = List.of(
            "Officials in Seoul said thousands of North Korean soldiers had arrived in eastern Russia by train.",
            "The troops were given Russian uniforms and trained on drones before moving toward the front line.",
            "Moscow denied the reports, while Kyiv said its intelligence had tracked the convoys for weeks.",
            "Analysts warned that the deployment could deepen the military partnership between the two states.",
            "Western governments summoned ambassadors and threatened further sanctions on both countries.");
    private static final List<String> BAKING = List.of(
            "Preheat the oven and butter a round cake tin before you start on the batter.",
            "Whisk the eggs with sugar until pale, then fold in the sifted flour a spoonful at a time.",
            "Bake the sponge for twenty-five minutes, until a skewer pushed into the middle comes out clean.",
            "Let it cool on a rack, then spread the cream and fresh strawberries over the top layer.",
            "A pinch of salt and a little lemon zest will lift the flavour of the whole cake.");

    private final OnnxEmbedder embedder = NlpModels.embedder();

    private float[] one(String text) {
        return embedder.embed(List.of(text))[0];
    }

    private static String words(List<String> sentences, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; out.size() < count; i++) {
            for (String w : sentences.get(i % sentences.size()).split(" ")) {
                if (out.size() < count) {
                    out.add(w);
                }
            }
        }
        return String.join(" ", out);
    }

    @Test
    void vectorsAreUnitLengthWith384Dimensions() {
        float[][] vs = embedder.embed(List.of(TROOPS, "", "Hi", words(WAR, 300)));
        assertThat(embedder.dimensions()).isEqualTo(384);
        assertThat(vs).hasNumberOfRows(4);
        for (float[] v : vs) {
            assertThat(v).hasSize(384);
            assertThat(Vectors.dot(v, v)).isCloseTo(1f, within(1e-4f));
        }
        assertThat(embedder.embed(List.of())).isEmpty();
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedText() {
        float[][] v = embedder.embed(List.of(TROOPS, PARAPHRASE, FLOUR));
        float paraphrase = Vectors.dot(v[0], v[1]);
        assertThat(paraphrase).isGreaterThan(Vectors.dot(v[0], v[2]) + 0.2f);
        assertThat(paraphrase).isGreaterThan(Vectors.dot(v[1], v[2]) + 0.2f);
    }

    @Test
    void longTextsAreChunkedNotTruncated() {
        // 1000 words of war news, then 1000 of baking: far past the 512-token window.
        String war = words(WAR, 1000);
        String text = war + "\n\n" + words(BAKING, 1000);
        float[] whole = one(text);
        float[] head = one(words(WAR, 400));
        float[] baking = one(words(BAKING, 400));
        assertThat(Vectors.dot(whole, whole)).isCloseTo(1f, within(1e-4f));
        assertThat(Vectors.dot(whole, head)).isLessThan(0.97f);
        // Truncation would keep only the war news; chunking lets the baking half pull the vector its way.
        assertThat(Vectors.dot(whole, baking)).isGreaterThan(Vectors.dot(head, baking) + 0.05f);
        assertThat(Vectors.dot(one(war), head)).isGreaterThan(0.9f);
    }

    @Test
    void repeatsExactly() {
        List<String> texts = List.of(TROOPS, PARAPHRASE, FLOUR, words(BAKING, 900));
        float[][] first = embedder.embed(texts);
        float[][] second = embedder.embed(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(second[i]).containsExactly(first[i]);
        }
    }

    @Test
    void keepsOrderAndIgnoresBatchmates() {
        float[][] both = embedder.embed(List.of(TROOPS, FLOUR));
        assertThat(both[0]).containsExactly(one(TROOPS), within(1e-4f));
        assertThat(both[1]).containsExactly(one(FLOUR), within(1e-4f));
        // Each chunk runs alone, so a vector never depends on the other texts in the call.
        float[][] mixed = embedder.embed(List.of(words(WAR, 700), FLOUR, "x", TROOPS));
        assertThat(mixed[3]).containsExactly(both[0]);
        assertThat(mixed[1]).containsExactly(both[1]);
    }

    @Test
    void sameVectorsFromAnyThreadCountAndConcurrentCallers() throws Exception {
        List<String> texts = List.of(TROOPS, PARAPHRASE, FLOUR, words(WAR, 800));
        float[][] expected = embedder.embed(texts);
        try (OnnxEmbedder single = new OnnxEmbedder(1)) {
            float[][] got = single.embed(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertThat(got[i]).containsExactly(expected[i]);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[][]>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> embedder.embed(texts)));
            }
            for (Future<float[][]> call : calls) {
                float[][] got = call.get();
                for (int i = 0; i < texts.size(); i++) {
                    assertThat(got[i]).containsExactly(expected[i]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesWorkOnceClosed() {
        OnnxEmbedder closed = new OnnxEmbedder(1);
        closed.close();
        assertThatThrownBy(() -> closed.embed(List.of(TROOPS))).isInstanceOf(IllegalStateException.class);
    }
}
