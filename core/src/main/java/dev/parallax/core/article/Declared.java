package dev.parallax.core.article;

/**
 * What a source states about an article beside its content: the title and date a feed item or a
 * JSON dump gives, the authors a dump lists, the moment a web archive captured the page. Unknown
 * values are null. Stated values are taken as given (they come from the outlet's own feed or from
 * the tool that scraped it); the cleaner reads the rest from the content. Dates may be in any form
 * the cleaner's date reader understands; it normalises them to ISO 8601.
 *
 * @param title headline the source gives
 * @param published publication date or date-time the source gives
 * @param byline authors, joined with ", "
 * @param language ISO 639-1 code the source gives
 * @param outlet site or paper the source names
 * @param captured when an archive or crawler fetched the page; the publication date when nothing
 *     else gives one (a page is published before it is captured, and news archives capture within
 *     hours)
 */
public record Declared(String title, String published, String byline, String language, String outlet, String captured) {
    /** Nothing stated: everything is read from the content. */
    public static final Declared NONE = new Declared(null, null, null, null, null, null);

    public Declared {
        title = blankToNull(title);
        published = blankToNull(published);
        byline = blankToNull(byline);
        language = blankToNull(language);
        outlet = blankToNull(outlet);
        captured = blankToNull(captured);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
