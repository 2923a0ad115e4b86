package dev.parallax.cli;

import dev.parallax.core.article.RejectedInputException;
import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.core.pipeline.DigestOptions;
import dev.parallax.ingest.FileInputs;
import dev.parallax.ingest.feed.FeedList;
import dev.parallax.ingest.feed.FeedPoller;
import dev.parallax.ingest.feed.PollSchedule;
import dev.parallax.ingest.fetch.Fetcher;
import dev.parallax.nlp.NlpModels;
import dev.parallax.server.ArticleMeta;
import dev.parallax.server.FolderWatcher;
import dev.parallax.server.ParallaxServer;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax serve}: the store, kept up to date from watched folders and the API, served as
 * a web UI, a JSON API and Atom feeds, and kept up to date from followed feeds ({@code --feeds}). Runs
 * until interrupted (Ctrl-C or SIGTERM), then stops the feed follower, the watcher, the server, the
 * search index and the store in that order.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the stories of the store: web UI, JSON API (/api/openapi.json) and Atom feeds; "
                + "ingests files dropped into watched folders, articles posted to /api/articles and new entries of --feeds.",
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

    @Option(names = "--feeds", paramLabel = "FILE",
            description = "Follow the feeds and sitemaps listed in FILE (OPML, or one URL a line): each is polled on a "
                    + "schedule that adapts to how often it changes, and the pages of new entries are ingested.")
    Path feeds;

    @Option(names = "--poll-min", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "Shortest time between two polls of one feed (default: ${DEFAULT-VALUE}).")
    Duration pollMin;

    @Option(names = "--poll-max", paramLabel = "DURATION", defaultValue = "6h", converter = DurationConverter.class,
            description = "Longest time between two polls of one feed (default: ${DEFAULT-VALUE}).")
    Duration pollMax;

    @Option(names = "--story-window", paramLabel = "DAYS", defaultValue = "3",
            description = "Publication days without a new article after which a story takes no more (default: ${DEFAULT-VALUE}).")
    int storyWindow;

    @CommandLine.Mixin
    FetchOptions fetch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Serving serving = start();
        if (serving == null) {
            return CommandLine.ExitCode.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            serving.close();
            stopped.countDown();
            try {
                main.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "parallax-shutdown"));
        stopped.await();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Stopped.");
        out.flush();
        return 0;
    }

    /**
     * Opens the store, catches up, starts the server, the folder watcher and the feed follower, and
     * returns them running; null (after saying why on stderr) when the store is in use. The caller
     * stops them with {@link Serving#close}.
     */
    Serving start() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = data == null ? IngestCommand.defaultStore() : data;
        for (Path w : watch) {
            if (!Files.isDirectory(w)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--watch " + w + " is not a folder");
            }
        }
        List<String> feedList = feedList();
        PollSchedule schedule = schedule();
        Store store;
        try {
            store = Store.open(dir, Clock.systemUTC());
        } catch (StoreBusyException e) {
            err.println("parallax: " + e.getMessage());
            err.flush();
            return null;
        }
        if (storyWindow < 1) {
            store.close();
            throw new CommandLine.ParameterException(spec.commandLine(), "--story-window must be at least 1 day");
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
                Annotators.full(), DigestOptions.defaults().withStoryWindowDays(storyWindow));
        out.printf("Reading the store in %s…%n", dir);
        out.flush();
        int caught = desk.catchUp();
        ParallaxServer server;
        try {
            server = ParallaxServer.start(config, new Routes(store, index, desk, embedder, config));
        } catch (IOException e) {
            index.close();
            store.close();
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "cannot listen on " + bind + ":" + port + ": " + e.getMessage() + " (is the port in use? try --port)");
        }
        DeskSink sink = new DeskSink(desk, out, err);
        FileInputs files = new FileInputs(maxFileMb * 1024L * 1024L);
        Consumer<String> log = msg -> {
            err.println("parallax: " + msg);
            err.flush();
        };
        FolderWatcher watcher = new FolderWatcher(watch, file -> take(desk, files, file, sink), log).start(1000);
        Fetcher fetcher = null;
        FeedFollower follower = null;
        if (!feedList.isEmpty()) {
            fetcher = new Fetcher(fetch.settings(maxFileMb * 1024L * 1024L));
            FeedPoller poller = new FeedPoller(fetcher, Math.max(1, fetch.parallel), store.feeds(), Clock.systemUTC(),
                    schedule, sink);
            follower = FeedFollower.start(poller, feedList, log);
        }
        out.printf("Parallax serves %d stories (%d articles assigned now) at %s/%n", desk.storyCount(), caught, server.url());
        if (!watch.isEmpty()) {
            out.printf("Watching %s%n", watch);
        }
        if (!feedList.isEmpty()) {
            out.printf("Following %d feed%s from %s (polled every %s to %s, as each changes)%n", feedList.size(),
                    feedList.size() == 1 ? "" : "s", feeds, pollMin, pollMax);
        }
        out.flush();
        return new Serving(store, index, desk, server, watcher, fetcher, follower);
    }

    private List<String> feedList() {
        if (feeds == null) {
            return List.of();
        }
        try {
            List<String> list = FeedList.read(feeds);
            if (list.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--feeds " + feeds + " lists no feed");
            }
            return list;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read --feeds " + feeds + ": no such file");
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read --feeds " + feeds + ": " + e.getMessage());
        }
    }

    private PollSchedule schedule() {
        Duration initial = PollSchedule.defaults().initial();
        initial = initial.compareTo(pollMin) < 0 ? pollMin : initial.compareTo(pollMax) > 0 ? pollMax : initial;
        try {
            return new PollSchedule(pollMin, initial, pollMax);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--poll-min must not exceed --poll-max");
        }
    }

    /** What {@link #start} started, stopped in reverse order by {@link #close}: feeds, folders, HTTP, then index and store. */
    static final class Serving implements AutoCloseable {
        private final Store store;
        private final SearchIndex index;
        private final StoryDesk desk;
        private final ParallaxServer server;
        private final FolderWatcher watcher;
        private final Fetcher fetcher;
        private final FeedFollower follower;
        private final AtomicBoolean closed = new AtomicBoolean();

        Serving(Store store, SearchIndex index, StoryDesk desk, ParallaxServer server, FolderWatcher watcher,
                Fetcher fetcher, FeedFollower follower) {
            this.store = store;
            this.index = index;
            this.desk = desk;
            this.server = server;
            this.watcher = watcher;
            this.fetcher = fetcher;
            this.follower = follower;
        }

        /** The server's base URL. */
        String url() {
            return server.url();
        }

        /** Whether the feed thread is running (false when no feeds are followed). */
        boolean followingFeeds() {
            return follower != null && follower.running();
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            if (follower != null) {
                follower.close();
            }
            if (fetcher != null) {
                fetcher.close();
            }
            watcher.close();
            server.close();
            synchronized (desk) {
                index.close();
                store.close();
            }
        }
    }

    private static void take(StoryDesk desk, FileInputs files, Path file, DeskSink sink) {
        try {
            sink.report(desk.accept(files.readFile(file), ArticleMeta.NONE));
        } catch (RejectedInputException e) {
            sink.rejected(e.toRejection(file.toString()));
        }
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
