package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.pipeline.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every evaluation on ../shared/data and fails when a committed expectation fails: the
 * regression gate of the quality numbers in the README.
 */
class EvalRegressionTest {
    static final Path DATA = Path.of(System.getProperty("parallax.shared", "../../shared")).resolve("data");

    static Stream<String> evaluations() {
        return Evaluations.all().stream().map(Evaluation::name);
    }

    @ParameterizedTest(name = "eval {0}", allowZeroInvocations = true)
    @MethodSource("evaluations")
    void committedExpectationsHold(String name) throws Exception {
        Evaluation e = Evaluations.find(name).orElseThrow();
        Assumptions.assumeTrue(Files.isDirectory(DATA), "no data at " + DATA);
        EvalReport report = e.run(DATA, ProgressListener.NONE);
        List<Expectations.Check> checks = Expectations.load(name).check(report, DATA);
        System.out.print(report.toTable());
        checks.forEach(c -> System.out.println(c.describe()));
        assertThat(checks).as("committed expectations of eval %s", name).isNotEmpty();
        assertThat(checks).filteredOn(c -> c.status() == Expectations.Status.FAIL)
                .extracting(Expectations.Check::describe).isEmpty();
        assertThat(checks).filteredOn(c -> c.status() == Expectations.Status.SKIP)
                .as("expectations recorded on other data than ../shared/data").isEmpty();
    }
}
