package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code parallax bench serve} on a tiny generated store: every route is read and answers without
 * error while articles are posted. Speed is not asserted here; the benchmark command reports it.
 */
class ServeBenchTest {
    @Test
    void everyRouteAnswersWhileArticlesArePosted() throws Exception {
        Path data = Path.of(System.getProperty("parallax.shared", "../../shared"), "data");
        StringWriter log = new StringWriter();
        ServeBench.Result r = ServeBench.run(data, 42, 3, Duration.ofSeconds(3), Duration.ofMillis(500), 4,
                new PrintWriter(log));
        assertThat(r.articles()).isEqualTo(42);
        assertThat(r.stories()).isEqualTo(9);
        assertThat(r.routes()).hasSize(5).allSatisfy(l -> {
            assertThat(l.requests()).as(l.route()).isPositive();
            assertThat(l.errors()).as(l.route()).isZero();
            assertThat(l.p99Ms()).as(l.route()).isGreaterThanOrEqualTo(l.p50Ms());
        });
        assertThat(r.post().errors()).isZero();
        assertThat(log.toString()).contains("Filling a store with 42 articles from 4 pages", "Started in");
    }

    @Test
    void percentileIsTheNearestRank() {
        var sorted = java.util.List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(ServeBench.percentile(sorted, 0.50)).isEqualTo(5L);
        assertThat(ServeBench.percentile(sorted, 0.99)).isEqualTo(10L);
        assertThat(ServeBench.percentile(java.util.List.of(7L), 0.99)).isEqualTo(7L);
    }
}
