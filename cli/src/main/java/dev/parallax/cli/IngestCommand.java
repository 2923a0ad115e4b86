package dev.parallax.cli;

import dev.parallax.ingest.FileInputs;
import dev.parallax.ingest.UrlList;
import dev.parallax.ingest.feed.FeedList;
import dev.parallax.ingest.feed.FeedPoller;
import dev.parallax.ingest.feed.PollSchedule;
import dev.parallax.ingest.fetch.Fetcher;
import dev.parallax.ingest.fetch.PageFetcher;
import java.io.IOException;
import dev.parallax.nlp.NlpModels;
import dev.parallax.store.Store;
import dev.parallax.store.StoreBusyException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax ingest}: cleans articles and adds them to the embedded store, each content or
 * URL once; rejected inputs are recorded in the store with their reasons.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Adds articles to the embedded store (same content or URL stored once): files, folders,",
                "web archives, JSON dumps, pages fetched from --urls, and new entries of --feeds.",
                "Exit codes: 0 all inputs read, 1 some inputs rejected, 2 usage error or store in use."})
final class IngestCommand implements Callable<Integer> {
    @CommandLine.Mixin
    InputOptions input;

    @Option(names = "--data", paramLabel = "DIR", description = "Store folder (default: ~/.parallax/store).")
    Path data;

    @Option(names = "--urls", paramLabel = "FILE", description = "Fetch the article pages listed in FILE (one URL a line, # comments).")
    Path urls;

    @Option(names = "--feeds", paramLabel = "FILE",
            description = "Poll once each feed or sitemap listed in FILE (OPML, or one URL a line) and fetch the pages of new entries.")
    Path feeds;

    @CommandLine.Mixin
    FetchOptions fetch;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static Path defaultStore() {
        return Path.of(System.getProperty("user.home"), ".parallax", "store");
    }

    @Override
    public Integer call() {
        if (input.inputs().isEmpty() && urls == null && feeds == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing input: name files or folders, --urls FILE or --feeds FILE");
        }
        List<String> feedList = List.of();
        if (feeds != null) {
            try {
                feedList = FeedList.read(feeds);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read --feeds " + feeds + ": " + e.getMessage());
            }
        }
        List<String> urlList = List.of();
        if (urls != null) {
            try {
                urlList = UrlList.read(urls);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read --urls " + urls + ": " + e.getMessage());
            }
        }
        FileInputs files = input.fileInputs(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data == null ? defaultStore() : data;
        int rejected;
        try (Store store = Store.open(dir, Clock.systemUTC())) {
            StoreSink sink = new StoreSink(store, NlpModels.languages(), out);
            files.read(input.inputs(), sink);
            if (!urlList.isEmpty() || !feedList.isEmpty()) {
                try (Fetcher fetcher = new Fetcher(fetch.settings(input.maxBytes()))) {
                    new PageFetcher(fetcher, fetch.parallel).fetchAll(urlList, null, sink);
                    FeedPoller poller = new FeedPoller(fetcher, fetch.parallel, store.feeds(), Clock.systemUTC(),
                            PollSchedule.defaults(), sink);
                    for (String feed : feedList) {
                        report(out, poller.poll(feed));
                    }
                }
            }
            sink.summarize(dir.toString());
            rejected = sink.rejectedCount();
        } catch (StoreBusyException e) {
            spec.commandLine().getErr().println("parallax: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        out.flush();
        return rejected == 0 ? 0 : ParallaxCli.EXIT_REJECTED;
    }

    private static void report(PrintWriter out, FeedPoller.Report r) {
        if (r.error() != null) {
            out.printf("  feed %s: failed: %s%n", r.feed(), r.error());
        } else if (r.notModified()) {
            out.printf("  feed %s: not modified%n", r.feed());
        } else {
            out.printf("  feed %s: %s, %d entr%s, %d new%n", r.feed(), r.kind(), r.entries(), r.entries() == 1 ? "y" : "ies", r.fresh());
        }
    }
}
