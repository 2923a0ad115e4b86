package dev.parallax.cli;

import dev.parallax.core.annotate.Annotator;
import dev.parallax.core.annotate.entity.EntityAnnotator;
import dev.parallax.core.annotate.time.TimeAnnotator;
import dev.parallax.core.article.RejectedInputException;
import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.core.pipeline.DigestOptions;
import dev.parallax.ingest.FileInputs;
import dev.parallax.nlp.NlpModels;
import dev.parallax.server.ArticleMeta;
import dev.parallax.server.FolderWatcher;
import dev.parallax.server.ParallaxServer;
import dev.parallax.server.Receipt;
import dev.parallax.server.Routes;
import dev.parallax.server.ServerConfig;
import dev.parallax.server.StoryDesk;
import dev.parallax.store.SearchIndex;
import dev.parallax.store.Store;
import dev.parallax.store.StoreBusyException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax serve}: the store, kept up to date from watched folders and the API, served as
 * a web UI, a JSON API and Atom feeds. Runs until interrupted (Ctrl-C or SIGTERM), then closes the
 * watcher, the server, the search index and the store in that order.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the stories of the store: web UI, JSON API (/api/openapi.json) and Atom feeds; "
                + "ingests files dropped into watched folders and articles posted to /api/articles.",
                "The write token comes from --token, --token-file or PARALLAX_TOKEN; without one, a random token "
                        + "is written to DIR/token.",
                "Exit codes: 0 stopped, 2 usage error or store in use."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "Store folder (default: ~/.parallax/store).")
    Path data;

    @Option(names = "--watch", paramLabel = "FOLDER", description = "Folder to ingest new files from (repeatable).")
    List<Path> watch = new ArrayList<>();

    @Option(names = "--port", defaultValue = "8080", description = "TCP port; 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = ServerConfig.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Bearer token for POST /api/articles (16+ characters).")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE", description = "File holding the write token.")
    Path tokenFile;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "20",
            description = "Largest watched file accepted (default: ${DEFAULT-VALUE}).")
    int maxFileMb;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = data == null ? IngestCommand.defaultStore() : data;
        for (Path w : watch) {
            if (!Files.isDirectory(w)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--watch " + w + " is not a folder");
            }
        }
        Store store;
        try {
            store = Store.open(dir, Clock.systemUTC());
        } catch (StoreBusyException e) {
            err.println("parallax: " + e.getMessage());
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        ServerConfig config;
        try {
            config = new ServerConfig(bind, port, token(dir, out), ServerConfig.DEFAULT_MAX_BODY, ServerConfig.DEFAULT_MAX_BATCH);
        } catch (IllegalArgumentException e) {
            store.close();
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!InetAddress.getByName(bind).isLoopbackAddress()) {
            err.println("parallax: warning: listening on " + bind + ", reachable from other machines; reads need no token");
        }
        SearchIndex index = SearchIndex.open(dir.resolve("index"));
        var embedder = NlpModels.embedder();
        StoryDesk desk = new StoryDesk(store, index, new ArticleCleaner(),
                new Annotator(NlpModels.sentences(), embedder, NlpModels.languages(),
                        new TimeAnnotator(NlpModels.times()), new EntityAnnotator(NlpModels.mentions())), DigestOptions.defaults());
        out.printf("Reading the store in %s…%n", dir);
        out.flush();
        int caught = desk.catchUp();
        ParallaxServer server = ParallaxServer.start(config, new Routes(store, index, desk, embedder, config));
        FileInputs files = new FileInputs(maxFileMb * 1024L * 1024L);
        FolderWatcher watcher = new FolderWatcher(watch, file -> take(desk, files, file, out), msg -> {
            err.println("parallax: " + msg);
            err.flush();
        }).start(1000);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watcher.close();
            server.close();
            synchronized (desk) {
                index.close();
                store.close();
            }
            stopped.countDown();
            try {
                main.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "parallax-shutdown"));
        out.printf("Parallax serves %d stories (%d articles assigned now) at %s/%n", desk.storyCount(), caught, server.url());
        if (!watch.isEmpty()) {
            out.printf("Watching %s%n", watch);
        }
        out.flush();
        stopped.await();
        out.println("Stopped.");
        out.flush();
        return 0;
    }

    private static void take(StoryDesk desk, FileInputs files, Path file, PrintWriter out) {
        Receipt r;
        try {
            r = desk.accept(files.readFile(file), ArticleMeta.NONE);
        } catch (RejectedInputException e) {
            r = desk.reject(e.toRejection(file.toString()));
        }
        switch (r.status()) {
            case STORED -> out.printf("  + %s → story %s%n", file, r.story());
            case DUPLICATE -> out.printf("  = %s: %s%n", file, r.reason());
            case REJECTED -> out.printf("  rejected %s: %s%n", file, r.reason());
        }
        out.flush();
    }

    private String token(Path dir, PrintWriter out) throws IOException {
        if (token != null) {
            return token.strip();
        }
        if (tokenFile != null) {
            return Files.readString(tokenFile).strip();
        }
        String env = System.getenv("PARALLAX_TOKEN");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        Path file = dir.resolve("token");
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        String t = HexFormat.of().formatHex(b);
        Files.writeString(file, t + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the store folder's own permissions protect it
        }
        out.printf("Write token created in %s%n", file);
        return t;
    }
}
