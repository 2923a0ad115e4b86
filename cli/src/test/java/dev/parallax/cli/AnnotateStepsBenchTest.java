package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code parallax bench annotate-steps --quick} end to end: JMH forks, the model embeds real
 * sentences, the attribution and quantity readers run on real bodies. Speed is not asserted here;
 * the command reports it.
 */
class AnnotateStepsBenchTest {
    @Test
    void quickRunReportsEveryStepOnTheRealCorpus() throws Exception {
        Path data = Path.of(System.getProperty("parallax.shared", "../../shared"), "data");
        DigestEndToEndTest.Run r = DigestEndToEndTest.run("bench", "annotate-steps", "--quick", "--json", "--data", data.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode m = new ObjectMapper().readTree(r.out()).path("datasets").path("article-extraction").path("parallax");
        assertThat(m.path("sentences_per_s").asDouble()).isPositive();
        assertThat(m.path("attributions_articles_per_s").asDouble()).isPositive();
        assertThat(m.path("quantities_articles_per_s").asDouble()).isPositive();
        // 400-800-word bodies: a broken splitter gives one sentence an article, or one a word
        assertThat(m.path("sentences_per_article").asDouble()).isBetween(15.0, 60.0);
        assertThat(m.path("words_per_sentence").asDouble()).isBetween(10.0, 40.0);
        assertThat(m.path("embedding_ms_per_article").asDouble())
                .isCloseTo(1000 * m.path("sentences_per_article").asDouble() / m.path("sentences_per_s").asDouble(),
                        org.assertj.core.data.Percentage.withPercentage(0.1));
    }
}
