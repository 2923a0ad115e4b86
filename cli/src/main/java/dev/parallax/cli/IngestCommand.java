package dev.parallax.cli;

import dev.parallax.core.annotate.LanguageDetector;
import dev.parallax.core.article.Article;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;
import dev.parallax.core.article.Rejection;
import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.ingest.FileInputs;
import dev.parallax.nlp.NlpModels;
import dev.parallax.store.Store;
import dev.parallax.store.StoreBusyException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
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
        FileInputs.Batch batch = input.read(spec.commandLine());
        ArticleCleaner cleaner = new ArticleCleaner();
        LanguageDetector languages = NlpModels.languages();
        Map<Store.Put, Integer> counts = new EnumMap<>(Store.Put.class);
        int rejected = batch.rejected().size();
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data == null ? defaultStore() : data;
        try (Store store = Store.open(dir, Clock.systemUTC())) {
            batch.rejected().forEach(store::reject);
            for (RawArticle raw : batch.articles()) {
                try {
                    Article a = cleaner.clean(raw);
                    counts.merge(store.put(a.withLanguage(languages.detect(a.text()).orElse(null))), 1, Integer::sum);
                } catch (RejectedInputException e) {
                    Rejection r = e.toRejection(raw.input());
                    store.reject(r);
                    out.printf("  rejected %s: %s%n", r.input(), r.reason());
                    rejected++;
                }
            }
            batch.rejected().forEach(r -> out.printf("  rejected %s: %s%n", r.input(), r.reason()));
            out.printf("Stored %d new article%s in %s; %d already there; %d input%s rejected. The store holds %d articles.%n",
                    counts.getOrDefault(Store.Put.STORED, 0), counts.getOrDefault(Store.Put.STORED, 0) == 1 ? "" : "s", dir,
                    counts.getOrDefault(Store.Put.SAME_CONTENT, 0) + counts.getOrDefault(Store.Put.SAME_URL, 0),
                    rejected, rejected == 1 ? "" : "s", store.articleCount());
        } catch (StoreBusyException e) {
            spec.commandLine().getErr().println("parallax: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        out.flush();
        return rejected == 0 ? 0 : ParallaxCli.EXIT_REJECTED;
    }
}
