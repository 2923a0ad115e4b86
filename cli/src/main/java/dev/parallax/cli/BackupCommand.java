package dev.parallax.cli;

import dev.parallax.store.Store;
import dev.parallax.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax backup}: a consistent copy of the store's database in one file, taken while
 * {@code parallax serve} keeps running ({@link Store#backup(Path, Path)}). The Lucene index is not
 * copied: it is derived data, rebuilt from the database when a server starts on the restored store.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent copy of the store's database to FILE, also while parallax serve runs.",
                "Restore: put FILE as parallax.db into an empty folder and start parallax serve --data FOLDER;",
                "the search index is rebuilt from it.",
                "Exit codes: 0 written and checked, 2 usage error, 3 the copy failed."})
final class BackupCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "Store folder (default: ~/.parallax/store).")
    Path data;

    @Option(names = "--to", paramLabel = "FILE", required = true, description = "The backup file to write; must not exist.")
    Path to;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = data == null ? IngestCommand.defaultStore() : data;
        if (!Files.isRegularFile(dir.resolve("parallax.db"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--data " + dir + " holds no store (no parallax.db)");
        }
        if (Files.exists(to)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to + " exists already; choose a new file");
        }
        Path parent = to.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to " + to + ": folder " + parent + " does not exist");
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            Store.Backup b = Store.backup(dir, to);
            out.printf(Locale.ROOT, "Backed up %s to %s (%,d bytes, integrity checked): %d articles, %d stories, %d rejections.%n",
                    dir, b.file(), b.bytes(), b.articles(), b.stories(), b.rejections());
            out.printf("Restore: put it as parallax.db into an empty folder and run parallax serve --data FOLDER.%n");
            out.flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("parallax: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ParallaxCli.EXIT_INTERNAL;
        }
    }
}
