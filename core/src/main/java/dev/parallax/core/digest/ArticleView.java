package dev.parallax.core.digest;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.parallax.core.article.Article;

/**
 * An article of a story as the digest shows it; {@code syndicatedFrom} names the earliest copy.
 * {@code published} and {@code updated} are ISO 8601 as in {@link Article}.
 */
public record ArticleView(
        String id,
        String input,
        String title,
        String outlet,
        String agency,
        String byline,
        String dateline,
        String published,
        String updated,
        String language,
        String syndicatedFrom,
        String text) {

    @JsonCreator
    public ArticleView {
    }

    /** A view with no stated update (the fields in their order before {@code updated} was added). */
    public ArticleView(String id, String input, String title, String outlet, String agency, String byline,
                       String dateline, String published, String language, String syndicatedFrom, String text) {
        this(id, input, title, outlet, agency, byline, dateline, published, null, language, syndicatedFrom, text);
    }

    public static ArticleView of(Article a, String syndicatedFrom) {
        return new ArticleView(a.id(), a.input(), a.title(), a.outlet(), a.agency(), a.byline(),
                a.dateline(), a.published(), a.updated(), a.language(), syndicatedFrom, a.text());
    }
}
