package dev.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parallax} command. Exit codes: 0 everything read; 1 some inputs rejected;
 * 2 usage error; 3 internal failure.
 */
@Command(
        name = "parallax",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads one event across many outlets: stories, claims, agreement, conflicts, briefs.",
        subcommands = {DigestCommand.class, CleanCommand.class, IngestCommand.class, ServeCommand.class, BackupCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class ParallaxCli implements Runnable {
    static final int EXIT_REJECTED = 1;
    static final int EXIT_USAGE = CommandLine.ExitCode.USAGE;
    static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'parallax digest --help'");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for the launcher and for tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ParallaxCli());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("parallax: internal error: " + e);
            if (System.getenv("PARALLAX_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("(set PARALLAX_DEBUG=1 for the stack trace)");
            }
            return EXIT_INTERNAL;
        });
        return cl;
    }
}
