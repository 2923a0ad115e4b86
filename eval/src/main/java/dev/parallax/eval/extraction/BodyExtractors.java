package dev.parallax.eval.extraction;

import dev.parallax.core.clean.HtmlCleaner;
import dev.parallax.core.clean.TextCleaner;
import dev.parallax.core.clean.VisibleText;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The systems the extraction evaluation compares, each a page (HTML and address) to body text:
 * Parallax's {@link HtmlCleaner}; Readability4J (a port of Mozilla's Readability.js) as the
 * baseline; and, for the plain-text cleaner, a page's whole visible text before and after
 * {@link TextCleaner}. Stateless apart from the reused cleaners; not thread-safe.
 */
public final class BodyExtractors {
    private final HtmlCleaner html = new HtmlCleaner();
    private final TextCleaner text = new TextCleaner();

    /** Parallax's HTML extractor. */
    public String parallax(ExtractionPage page) {
        return html.clean(page.html(), page.url()).text();
    }

    /** Readability4J's article text; empty when it finds no article. */
    public String readability(ExtractionPage page) {
        Article article = new Readability4J(page.url(), page.html()).parse();
        String content = article.getTextContent();
        return content == null ? "" : content;
    }

    /** Everything a reader sees on the page, boilerplate included, one line per block. */
    public static String visibleText(ExtractionPage page) {
        Document doc = Jsoup.parse(page.html(), page.url());
        doc.select("script, style, noscript, template").remove();
        return doc.body() == null ? "" : VisibleText.of(doc.body());
    }

    /** The plain-text cleaner's body from the page's visible text. */
    public String cleanedText(String visible) {
        return text.clean(visible).text();
    }
}
