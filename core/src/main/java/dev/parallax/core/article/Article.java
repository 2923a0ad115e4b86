package dev.parallax.core.article;

import java.util.Objects;

/**
 * An article cleaned to its body, with the metadata read from it. Unknown fields are null.
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
        String text) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(text, "text");
    }

    public Article withLanguage(String lang) {
        return new Article(id, input, title, outlet, agency, byline, dateline, published, lang, text);
    }
}
