package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code parallax bench clustering --quick} end to end: real articles annotated with the models,
 * then generated ones, streamed through the clusterer. Speed is not asserted here; the command
 * reports it.
 */
class ClusteringBenchTest {
    @Test
    void quickRunStreamsRealThenGeneratedArticlesAndReportsEveryCheckpoint() throws Exception {
        Path data = Path.of(System.getProperty("parallax.shared", "../../shared"), "data");
        DigestEndToEndTest.Run r = DigestEndToEndTest.run("bench", "clustering", "--quick", "--articles", "2500",
                "--json", "--data", data.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode m = new ObjectMapper().readTree(r.out()).path("datasets").path("generated-stream").path("parallax");
        assertThat(m.path("articles").asInt()).isEqualTo(2500);
        assertThat(m.path("real_articles").asInt()).isPositive().isLessThan(2500);
        assertThat(m.path("articles_per_s").asDouble()).isPositive();
        assertThat(m.path("at_1000_us_per_article").asDouble()).isPositive();
        assertThat(m.path("at_2500_stories").asInt()).isBetween(100, 2500);
        assertThat(m.path("at_2500_live_profiles").asInt()).isPositive().isLessThanOrEqualTo(m.path("at_2500_stories").asInt());
        // the generated stories are told apart well: a broken generator or clusterer scores far lower
        assertThat(m.path("bcubed_f1_vs_generator").asDouble()).isGreaterThan(0.8);
    }

    @Test
    void anUnknownBenchmarkIsAUsageError() {
        DigestEndToEndTest.Run r = DigestEndToEndTest.run("bench", "clusters");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown benchmark 'clusters'", "clustering");
    }
}
