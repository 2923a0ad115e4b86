package dev.parallax.cli;

import dev.parallax.eval.EvalReport;
import dev.parallax.eval.Evaluation;
import dev.parallax.eval.Evaluations;
import dev.parallax.eval.Expectations;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax eval NAME}: measures a stage on its public data set, prints the metrics, and
 * checks them against the committed expectations. Exit 0 when every expectation holds (or the
 * data differs from the data they were recorded on), 1 when one fails, 2 on usage errors.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures a stage on public gold data and checks the committed expected numbers.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "Which evaluation: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Names.class)
    String name;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Root of the data sets (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--json", description = "Print one JSON object of the metrics instead of a table.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The evaluation names, for help and completion. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Evaluations.all().stream().map(Evaluation::name).iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        Evaluation evaluation = Evaluations.find(name).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "unknown evaluation '" + name + "': choose one of "
                        + Evaluations.all().stream().map(Evaluation::name).collect(Collectors.joining(", "))));
        if (!Files.isDirectory(data)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--data " + data + " is not a folder");
        }
        EvalReport report;
        try (ConsoleProgress progress = quiet ? null : new ConsoleProgress(System.err)) {
            report = evaluation.run(data, progress == null ? dev.parallax.core.pipeline.ProgressListener.NONE : progress);
        }
        List<Expectations.Check> checks = Expectations.load(name).check(report, data);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.print(json ? report.toJson() : report.toTable());
        checks.forEach(c -> (json ? err : out).println(c.describe()));
        out.flush();
        err.flush();
        return checks.stream().anyMatch(c -> c.status() == Expectations.Status.FAIL) ? 1 : 0;
    }
}
