package dev.parallax.cli;

import dev.parallax.ingest.FileInputs;
import dev.parallax.nlp.NlpModels;
import dev.parallax.store.Store;
import dev.parallax.store.StoreBusyException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax ingest}: cleans articles and adds them to the embedded store, each content or
 * URL once; rejected inputs are recorded in the store with their reasons.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Adds articles to the embedded store (same content or URL stored once).",
                "Exit codes: 0 all inputs read, 1 some inputs rejected, 2 usage error or store in use."})
final class IngestCommand implements Callable<Integer> {
    @CommandLine.Mixin
    InputOptions input;

    @Option(names = "--data", paramLabel = "DIR", description = "Store folder (default: ~/.parallax/store).")
    Path data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static Path defaultStore() {
        return Path.of(System.getProperty("user.home"), ".parallax", "store");
    }

    @Override
    public Integer call() {
        if (input.inputs().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing input: name files or folders");
        }
        FileInputs files = input.fileInputs(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data == null ? defaultStore() : data;
        int rejected;
        try (Store store = Store.open(dir, Clock.systemUTC())) {
            StoreSink sink = new StoreSink(store, NlpModels.languages(), out);
            files.read(input.inputs(), sink);
            sink.summarize(dir.toString());
            rejected = sink.rejectedCount();
        } catch (StoreBusyException e) {
            spec.commandLine().getErr().println("parallax: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        out.flush();
        return rejected == 0 ? 0 : ParallaxCli.EXIT_REJECTED;
    }
}
