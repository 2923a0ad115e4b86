package dev.parallax.core.clean;

import dev.parallax.core.annotate.Words;
import dev.parallax.core.article.Article;
import dev.parallax.core.article.ArticleIds;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;

/**
 * The clean stage: a raw document to an {@link Article}, or a rejection saying why there is no
 * article in it. Thread-safe.
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
        int words = Words.count(e.text());
        if (words == 0) {
            throw new RejectedInputException("no article text found");
        }
        if (words < MIN_BODY_WORDS) {
            throw new RejectedInputException("no article body found (only " + words + " words of prose)");
        }
        Credits.Read c = credits.read(raw.format() == RawArticle.Format.TEXT ? raw.content() : "", e.text());
        return new Article(ArticleIds.forText(e.text()), raw.input(), e.title(), e.outlet(), c.agency(), c.byline(),
                c.dateline(), e.published(), null, e.text());
    }
}
