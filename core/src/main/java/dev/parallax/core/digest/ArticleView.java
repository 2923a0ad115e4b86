package dev.parallax.core.digest;

import dev.parallax.core.article.Article;

/** An article of a story as the digest shows it; {@code syndicatedFrom} names the earliest copy. */
public record ArticleView(
        String id,
        String input,
        String title,
        String outlet,
        String agency,
        String byline,
        String dateline,
        String published,
        String language,
        String syndicatedFrom,
        String text) {

    public static ArticleView of(Article a, String syndicatedFrom) {
        return new ArticleView(a.id(), a.input(), a.title(), a.outlet(), a.agency(), a.byline(),
                a.dateline(), a.published(), a.language(), syndicatedFrom, a.text());
    }
}
