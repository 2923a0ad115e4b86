package dev.parallax.cli;

import dev.parallax.ingest.FileInputs;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The article inputs every reading command takes, and the size limit they are read under. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "<file-or-folder>", description = "Articles, or folders of them.")
    List<Path> inputs;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "20",
            description = "Largest input file accepted, before or after gunzip (default: ${DEFAULT-VALUE}).")
    int maxFileMb;

    /** Reads the inputs; a size limit under 1 MB is a usage error of {@code command}. */
    FileInputs.Batch read(CommandLine command) {
        if (maxFileMb < 1) {
            throw new CommandLine.ParameterException(command, "--max-file-mb must be at least 1");
        }
        return new FileInputs(maxFileMb * 1024L * 1024L).read(inputs);
    }
}
