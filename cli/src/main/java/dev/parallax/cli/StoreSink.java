package dev.parallax.cli;

import dev.parallax.core.annotate.LanguageDetector;
import dev.parallax.core.article.Article;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;
import dev.parallax.core.article.Rejection;
import dev.parallax.core.clean.ArticleCleaner;
import dev.parallax.ingest.ArticleSink;
import dev.parallax.store.Store;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The end of every ingest path: cleans each raw article, detects its language (the source's stated
 * language when detection finds none), and puts it in the store; records every rejection in the
 * store and prints the first {@value #SHOWN} of them. Counts what happened for the summary line.
 */
final class StoreSink implements ArticleSink {
    static final int SHOWN = 20;

    private final Store store;
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final LanguageDetector languages;
    private final PrintWriter out;
    private final Map<Store.Put, Integer> puts = new EnumMap<>(Store.Put.class);
    private final Map<String, Integer> skipped = new TreeMap<>();
    private int rejected;

    StoreSink(Store store, LanguageDetector languages, PrintWriter out) {
        this.store = store;
        this.languages = languages;
        this.out = out;
    }

    @Override
    public void article(RawArticle raw) {
        try {
            Article a = cleaner.clean(raw);
            Article withLanguage = a.withLanguage(languages.detect(a.text()).orElse(a.language()));
            puts.merge(store.put(withLanguage), 1, Integer::sum);
        } catch (RejectedInputException e) {
            rejected(e.toRejection(raw.input()));
        }
    }

    @Override
    public void rejected(Rejection r) {
        store.reject(r);
        if (rejected < SHOWN) {
            out.printf("  rejected %s: %s%n", r.input(), r.reason());
        } else if (rejected == SHOWN) {
            out.println("  (further rejections are recorded in the store and counted below)");
        }
        rejected++;
    }

    @Override
    public void skipped(String kind) {
        skipped.merge(kind, 1, Integer::sum);
    }

    int stored() {
        return puts.getOrDefault(Store.Put.STORED, 0);
    }

    int already() {
        return puts.getOrDefault(Store.Put.SAME_CONTENT, 0) + puts.getOrDefault(Store.Put.SAME_URL, 0);
    }

    int rejectedCount() {
        return rejected;
    }

    /** The summary lines: skipped records by kind, then the totals. */
    void summarize(String storeDir) {
        skipped.forEach((kind, n) -> out.printf("  skipped %d × %s%n", n, kind));
        out.printf("Stored %d new article%s in %s; %d already there; %d input%s rejected. The store holds %d articles.%n",
                stored(), stored() == 1 ? "" : "s", storeDir, already(), rejected, rejected == 1 ? "" : "s",
                store.articleCount());
    }
}
