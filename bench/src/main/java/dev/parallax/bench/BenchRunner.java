package dev.parallax.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs a JMH benchmark class in a forked JVM and returns each benchmark method's mean score
 * (operations per second) with its 99.9% confidence half-width.
 */
public final class BenchRunner {
    private BenchRunner() {}

    /** A mean score and its error, as JMH reports them. */
    public record Score(double mean, double error) {}

    public static Map<String, Score> run(Class<?> benchmark, Path dataRoot, boolean quick) throws RunnerException {
        Options opts = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .param("data", dataRoot.toString())
                .forks(1)
                .warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .threads(1)
                .jvmArgsAppend("-Xmx1g")
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Map<String, Score> scores = new LinkedHashMap<>();
        for (RunResult r : new Runner(opts).run()) {
            String name = r.getParams().getBenchmark();
            scores.put(name.substring(name.lastIndexOf('.') + 1),
                    new Score(r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()));
        }
        return scores;
    }
}
