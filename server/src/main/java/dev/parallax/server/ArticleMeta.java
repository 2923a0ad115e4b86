package dev.parallax.server;

import dev.parallax.core.article.Article;

/**
 * Metadata a client sends with an article; each non-null field wins over what the cleaner read
 * from the content. All fields may be null.
 */
public record ArticleMeta(String title, String outlet, String published, String language) {
    public static final ArticleMeta NONE = new ArticleMeta(null, null, null, null);

    Article applyTo(Article a) {
        return new Article(a.id(), a.input(), pick(title, a.title()), pick(outlet, a.outlet()), a.agency(), a.byline(),
                a.dateline(), pick(published, a.published()), pick(language, a.language()), a.text());
    }

    private static String pick(String given, String read) {
        return given != null && !given.isBlank() ? given.strip() : read;
    }
}
