package dev.parallax.cli;

import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.Rejection;
import dev.parallax.ingest.ArticleSink;
import dev.parallax.server.ArticleMeta;
import dev.parallax.server.Receipt;
import dev.parallax.server.StoryDesk;
import java.io.PrintWriter;

/**
 * The end of the ingest paths of {@code parallax serve} (watched folders, feeds): hands each raw
 * article to the {@link StoryDesk}, which cleans, stores and assigns it, and records each rejection
 * in the store through the desk. Prints one line per input: stored and duplicate ones on
 * {@code out}, rejections (input and reason) and skipped records on {@code err}, so that an
 * operator sees every failure in the log as well as on the Problems page.
 */
final class DeskSink implements ArticleSink {
    private final StoryDesk desk;
    private final PrintWriter out;
    private final PrintWriter err;

    DeskSink(StoryDesk desk, PrintWriter out, PrintWriter err) {
        this.desk = desk;
        this.out = out;
        this.err = err;
    }

    @Override
    public void article(RawArticle raw) {
        report(desk.accept(raw, ArticleMeta.NONE));
    }

    @Override
    public void rejected(Rejection rejection) {
        report(desk.reject(rejection));
    }

    @Override
    public void skipped(String kind) {
        err.printf("parallax: skipped a %s%n", kind);
        err.flush();
    }

    /** Prints what became of one input. */
    void report(Receipt r) {
        switch (r.status()) {
            case STORED -> {
                out.printf("  + %s → story %s%n", r.input(), r.story());
                out.flush();
            }
            case DUPLICATE -> {
                out.printf("  = %s: %s%n", r.input(), r.reason());
                out.flush();
            }
            case REJECTED -> {
                err.printf("parallax: rejected %s: %s%n", r.input(), r.reason());
                err.flush();
            }
        }
    }
}
