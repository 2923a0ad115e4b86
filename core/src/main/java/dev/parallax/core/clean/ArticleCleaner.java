package dev.parallax.core.clean;

import dev.parallax.core.annotate.Words;
import dev.parallax.core.article.Article;
import dev.parallax.core.article.ArticleIds;
import dev.parallax.core.article.Declared;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;
import java.util.Optional;

/**
 * The clean stage: a raw document to an {@link Article}, or a rejection saying why there is no
 * article in it (no text, too few words, or a {@linkplain NoticePage notice page}). What the source {@linkplain Declared states} (title, outlet, byline, language,
 * publication date) wins over what is read from the content. The update date is the one the
 * text's stamp lines or the page's markup state, kept only when it is not before the publication.
 * Thread-safe.
 */
public final class ArticleCleaner {
    /** Fewer words of body than this is a page without an article (an index, an error page). */
    static final int MIN_BODY_WORDS = 25;

    private final TextCleaner text = new TextCleaner();
    private final HtmlCleaner html = new HtmlCleaner();
    private final Credits credits = new Credits(Agencies.standard());

    public Article clean(RawArticle raw) throws RejectedInputException {
        Extracted e = switch (raw.format()) {
            case TEXT -> text.clean(raw.content());
            case HTML -> html.clean(raw.content(), raw.input());
        };
        Optional<String> rejection = bodyRejection(e.text());
        if (rejection.isPresent()) {
            throw new RejectedInputException(rejection.get());
        }
        Credits.Read c = credits.read(raw.format() == RawArticle.Format.TEXT ? raw.content() : "", e.text());
        Declared d = raw.declared();
        PublicationDates stamps = stamps(raw);
        String published = published(d, e, stamps);
        return new Article(ArticleIds.forText(e.text()), raw.input(), first(d.title(), e.title()), first(d.outlet(), e.outlet()),
                c.agency(), first(d.byline(), c.byline()), c.dateline(), published, d.language(), e.text(),
                updated(e, published));
    }

    /**
     * Why the clean stage takes no article from a body text, or empty when it does: no text, too
     * few words for an article body (an index, an error page), or a {@linkplain NoticePage notice
     * page}.
     */
    private static Optional<String> bodyRejection(String text) {
        int words = Words.count(text);
        if (words == 0) {
            return Optional.of("no article text found");
        }
        if (words < MIN_BODY_WORDS) {
            return Optional.of("no article body found (only " + words + " words of prose)");
        }
        return NoticePage.notice(text)
                .map(n -> "no news in it: the page is a notice of the site or the web (\"" + n + "\")");
    }

    /** The publication and update that a text's stamp lines state; none for HTML (its markup is read instead). */
    private static PublicationDates stamps(RawArticle raw) {
        return raw.format() == RawArticle.Format.TEXT ? StampLines.read(raw.content()) : PublicationDates.NONE;
    }

    /**
     * A date the source declares wins over one read from the content; of the text's stamps the one
     * called publication wins over an update; the capture date is the last resort.
     */
    private static String published(Declared d, Extracted e, PublicationDates stamps) {
        String stated = d.published() == null ? null : IsoDates.normalize(d.published()).orElse(null);
        if (stated != null) {
            return stated;
        }
        if (stamps.published() != null) {
            return stamps.published();
        }
        if (e.published() != null) {
            return e.published();
        }
        return d.captured() == null ? null : IsoDates.normalize(d.captured()).orElse(null);
    }

    /**
     * The update the text's stamp lines by its body or the page's markup state; dropped when it is
     * before the publication (a stale or wrong stamp: an update cannot precede what it updates).
     */
    private static String updated(Extracted e, String published) {
        String updated = e.updated();
        if (updated == null || published != null && PublicationDates.before(updated, published)) {
            return null;
        }
        return updated;
    }

    private static String first(String stated, String read) {
        return stated != null ? stated : read;
    }
}
