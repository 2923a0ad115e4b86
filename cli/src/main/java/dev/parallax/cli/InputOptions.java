package dev.parallax.cli;

import dev.parallax.ingest.FileInputs;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The article inputs every reading command takes, and the size limit they are read under. */
final class InputOptions {
    @Parameters(arity = "0..*", paramLabel = "<file-or-folder>",
            description = "Articles (.txt, .html), web archives (.warc, .warc.gz), JSON dumps (.json, .jsonl), or folders of them.")
    List<Path> inputs;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "20",
            description = "Largest input file accepted, before or after gunzip (default: ${DEFAULT-VALUE}).")
    int maxFileMb;

    /** Reads the inputs; no input, or a size limit under 1 MB, is a usage error of {@code command}. */
    FileInputs.Batch read(CommandLine command) {
        if (inputs == null || inputs.isEmpty()) {
            throw new CommandLine.ParameterException(command, "Missing required parameter: '<file-or-folder>'");
        }
        return fileInputs(command).read(inputs);
    }

    /** The file reader under the size limit; a limit under 1 MB is a usage error of {@code command}. */
    FileInputs fileInputs(CommandLine command) {
        if (maxFileMb < 1) {
            throw new CommandLine.ParameterException(command, "--max-file-mb must be at least 1");
        }
        return new FileInputs(maxBytes());
    }

    long maxBytes() {
        return maxFileMb * 1024L * 1024L;
    }

    List<Path> inputs() {
        return inputs == null ? List.of() : inputs;
    }
}
