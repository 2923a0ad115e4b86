package dev.parallax.server;

import dev.parallax.core.article.Article;
import dev.parallax.core.clean.PublicationDates;

/**
 * Metadata a client sends with an article; each non-null field wins over what the cleaner read
 * from the content. All fields may be null. An update the cleaner read is kept unless it is before
 * a publication date the client gives.
 */
public record ArticleMeta(String title, String outlet, String published, String language) {
    public static final ArticleMeta NONE = new ArticleMeta(null, null, null, null);

    Article applyTo(Article a) {
        String when = pick(published, a.published());
        String updated = a.updated() != null && when != null && PublicationDates.before(a.updated(), when) ? null : a.updated();
        return new Article(a.id(), a.input(), pick(title, a.title()), pick(outlet, a.outlet()), a.agency(), a.byline(),
                a.dateline(), when, pick(language, a.language()), a.text(), updated);
    }

    private static String pick(String given, String read) {
        return given != null && !given.isBlank() ? given.strip() : read;
    }
}
