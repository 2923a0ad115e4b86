package dev.parallax.ingest.fetch;

import dev.parallax.core.article.Declared;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;
import dev.parallax.core.article.Rejection;
import dev.parallax.ingest.ArticleSink;
import dev.parallax.ingest.Decoder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Fetches article pages by URL and hands each to a sink as a raw article (HTML, or plain text for
 * {@code text/plain}) or as a rejection naming the URL and the reason: a fetch failure, a type
 * that is not a page (an image, a PDF), an unreadable encoding. Several pages are fetched at once
 * ({@code parallel} threads; the {@link Fetcher} keeps each host's own limits), and handed over in
 * the order given.
 */
public final class PageFetcher {
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final int WINDOW = 64;

    private final Fetcher fetcher;

    private final int parallel;

    public PageFetcher(Fetcher fetcher, int parallel) {
        this.fetcher = fetcher;
        this.parallel = parallel;
    }

    /** One page: what it holds, with {@code declared} metadata (a feed item's title and date), or why not. */
    public RawArticle page(String url, Declared declared) throws FetchException, RejectedInputException {
        return page(fetcher.fetch(url), declared);
    }

    /** The raw article in a fetched response. */
    public static RawArticle page(Fetched f, Declared declared) throws RejectedInputException {
        String type = f.contentType() == null ? "text/html" : f.contentType();
        boolean html = HTML.contains(type);
        if (!html && !type.equals("text/plain")) {
            throw new RejectedInputException("not an article page: the server sent " + type);
        }
        if (f.body().length == 0) {
            throw new RejectedInputException("empty page");
        }
        String text = Decoder.decode(f.body(), html, f.charset());
        return new RawArticle(f.finalUrl(), html ? RawArticle.Format.HTML : RawArticle.Format.TEXT, text, declared);
    }

    /**
     * What became of one URL: an article, or a rejection that is {@code temporary} when trying
     * again later may succeed (a timeout, a 5xx).
     */
    public record Result(String url, RawArticle article, Rejection rejection, boolean temporary) {}

    /** Fetches every URL (with the matching declared metadata) into {@code sink}, in the given order. */
    public void fetchAll(List<String> urls, List<Declared> declared, ArticleSink sink) {
        fetchEach(urls, declared, r -> {
            if (r.article() != null) {
                sink.article(r.article());
            } else {
                sink.rejected(r.rejection());
            }
        });
    }

    /** Fetches every URL, handing each {@link Result} to {@code each} in the given order, on the calling thread. */
    public void fetchEach(List<String> urls, List<Declared> declared, Consumer<Result> each) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel), r -> {
            Thread t = new Thread(r, "parallax-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Result>> window = new ArrayDeque<>();
            int next = 0;
            while (next < urls.size() || !window.isEmpty()) {
                while (next < urls.size() && window.size() < WINDOW) {
                    String url = urls.get(next);
                    Declared d = declared == null ? Declared.NONE : declared.get(next);
                    window.add(pool.submit(() -> fetchOne(url, d)));
                    next++;
                }
                each.accept(take(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Result fetchOne(String url, Declared declared) {
        try {
            return new Result(url, page(url, declared), null, false);
        } catch (FetchException e) {
            return new Result(url, null, new Rejection(url, e.getMessage()), e.temporary());
        } catch (RejectedInputException e) {
            return new Result(url, null, e.toRejection(url), false);
        } catch (RuntimeException e) {
            return new Result(url, null, new Rejection(url, "internal error while fetching: " + e), false);
        }
    }

    private static Result take(Future<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("fetch task failed", e.getCause());
        }
    }
}
