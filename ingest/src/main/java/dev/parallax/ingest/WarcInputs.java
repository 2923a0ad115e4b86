package dev.parallax.ingest;

import dev.parallax.core.article.Declared;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;
import dev.parallax.core.article.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads web archives (WARC 1.0/1.1, plain or gzipped per record, as Common Crawl's news archive
 * {@code CC-NEWS-*.warc.gz} is written) into raw articles. A {@code response} record holding a
 * successful (2xx) HTTP response of an HTML page becomes an article named by its target URL, with
 * the record's date as the {@linkplain Declared#captured() capture date}; the HTTP
 * {@code Content-Encoding} is undone and the {@code Content-Type} charset used. Every other record
 * is skipped and counted by kind ({@code warcinfo}, {@code request}, {@code metadata},
 * {@code revisit}, non-HTML and unsuccessful responses). A page over the size limit or in an
 * unreadable encoding is rejected with its URL; a corrupt archive is rejected with the byte offset
 * where reading stopped, after the records before it were handed over.
 */
public final class WarcInputs {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final long maxBytes;

    public WarcInputs(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Whether a file name (after any {@code .gz}) says web archive. */
    static boolean isWarc(String name) {
        return name.endsWith(".warc") || name.endsWith(".arc");
    }

    /** Reads every record of the archive {@code in} (named {@code name} in rejections) into {@code sink}. */
    public void read(String name, InputStream in, ArticleSink sink) {
        try (WarcReader reader = new WarcReader(in)) {
            reader.onWarning(w -> { }); // lenient fields; damaged records surface as exceptions below
            while (true) {
                WarcRecord record;
                try {
                    var next = reader.next();
                    if (next.isEmpty()) {
                        return;
                    }
                    record = next.get();
                } catch (IOException | RuntimeException e) {
                    sink.rejected(new Rejection(name, "corrupt web archive at byte " + reader.position() + ": " + e.getMessage()
                            + "; the records before it were read"));
                    return;
                }
                if (record instanceof WarcResponse response) {
                    response(response, sink);
                } else {
                    sink.skipped("WARC " + record.type() + " record");
                }
            }
        } catch (IOException e) {
            sink.rejected(new Rejection(name, "cannot read web archive: " + e.getMessage()));
        }
    }

    private void response(WarcResponse r, ArticleSink sink) {
        String url = r.target();
        HttpResponse http;
        try {
            if (!r.contentType().base().toString().equals("application/http")) {
                sink.skipped("WARC response record of another protocol");
                return;
            }
            http = r.http();
        } catch (IOException | RuntimeException e) {
            sink.rejected(new Rejection(url, "unreadable HTTP response in the archive: " + e.getMessage()));
            return;
        }
        if (http.status() < 200 || http.status() > 299) {
            sink.skipped("WARC response with HTTP status " + (http.status() / 100) + "xx");
            return;
        }
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (!HTML_TYPES.contains(base)) {
            sink.skipped("WARC response that is not HTML");
            return;
        }
        try {
            byte[] bytes;
            try (InputStream body = http.bodyDecoded().stream()) {
                bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                throw new RejectedInputException(String.format(Locale.ROOT,
                        "page too large: over %.1f MB", maxBytes / 1048576.0));
            }
            String charset = type.parameters().get("charset");
            String html = Decoder.decode(bytes, true, charset);
            sink.article(new RawArticle(url, RawArticle.Format.HTML, html,
                    new Declared(null, null, null, null, null, r.date().toString())));
        } catch (RejectedInputException e) {
            sink.rejected(e.toRejection(url));
        } catch (IOException | RuntimeException e) {
            sink.rejected(new Rejection(url, "cannot read the archived page: " + e.getMessage()));
        }
    }
}
