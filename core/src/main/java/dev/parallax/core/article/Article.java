package dev.parallax.core.article;

import java.util.Objects;

/**
 * An article cleaned to its body, with the metadata read from it. Unknown fields are null.
 *
 * <p>Dates are ISO 8601 at the precision the source gives: a date when only the day is known
 * ({@code 2024-03-12}), a local date-time when no zone is given ({@code 2024-03-12T09:41}), a
 * date-time with offset when one is ({@code 2024-03-12T09:41Z}, {@code 2024-03-12T11:41+02:00}).
 *
 * @param id stable identifier derived from the body text (same content, same id)
 * @param input the path or URL it came from
 * @param title headline as the source gives it
 * @param outlet publishing site or paper
 * @param agency wire agency credited for the copy
 * @param byline author credit
 * @param dateline place the article was filed from
 * @param published ISO 8601 date or date-time of publication
 * @param language ISO 639-1 code of the body's language
 * @param text the cleaned body; every span in Parallax points into this string
 * @param updated ISO 8601 date or date-time of the latest update the source states; never before
 *     {@code published}, null when no update is stated
 */
public record Article(
        String id,
        String input,
        String title,
        String outlet,
        String agency,
        String byline,
        String dateline,
        String published,
        String language,
        String text,
        String updated) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(text, "text");
    }

    /** An article with no stated update. */
    public Article(String id, String input, String title, String outlet, String agency, String byline,
                   String dateline, String published, String language, String text) {
        this(id, input, title, outlet, agency, byline, dateline, published, language, text, null);
    }

    public Article withLanguage(String lang) {
        return new Article(id, input, title, outlet, agency, byline, dateline, published, lang, text, updated);
    }
}
