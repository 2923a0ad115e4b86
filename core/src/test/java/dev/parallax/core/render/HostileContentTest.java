package dev.parallax.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.digest.Digest;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Scraped text is hostile: no renderer may let it become markup. */
class HostileContentTest {
    private static final Pattern EVENT_HANDLER_IN_TAG = Pattern.compile("<[^>]*\\son\\w+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Digest HOSTILE = Samples.hostile();

    @Test
    void htmlHasNoInjectedElementsHandlersOrLinks() {
        String html = DigestHtml.render(HOSTILE);
        assertThat(html.toLowerCase()).doesNotContain("<script", "<img", "<svg onload", "href=\"javascript:", "<b>");
        assertThat(EVENT_HANDLER_IN_TAG.matcher(html).find()).isFalse();
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, img, b")).isEmpty();
        // The only pictures are the renderer's own timeline charts, made of its own shapes.
        assertThat(doc.select("svg").not(".timeline-chart")).isEmpty();
        assertThat(doc.select("svg.timeline-chart *")).allSatisfy(e ->
                assertThat(e.tagName()).isIn("g", "title", "text", "line", "circle"));
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).doesNotStartWith("on");
                assertThat(a.getValue()).doesNotContainIgnoringCase("javascript:");
            }
        }
    }

    @Test
    void htmlShowsTheHostileTextAsText() {
        Document doc = Jsoup.parse(DigestHtml.render(HOSTILE));
        assertThat(doc.getElementById("s1-title").text()).contains(Samples.SCRIPT, Samples.IMG, Samples.SVG);
        assertThat(doc.getElementById("rejected").text()).contains(Samples.JS_URL);
        assertThat(doc.select("#s1-src-1 details").text()).contains(Samples.JS_URL, Samples.SCRIPT);
        assertThat(doc.title()).contains(Samples.SCRIPT);
    }

    @Test
    void markdownHasNoRawHtmlOrLinks() {
        String md = DigestMarkdown.render(HOSTILE);
        assertThat(md.toLowerCase()).doesNotContain("<script", "<img", "<svg", "<b>", "<");
        assertThat(md).doesNotContain("](").contains("&lt;script&gt;", "javascript:alert(1)");
        assertThat(md).doesNotContainPattern("(?m)^#(?!#* )").doesNotContainPattern("(?m)^ {0,3}[>|]");
    }

    @Test
    void jsonHasNoRawAngleBrackets() {
        String json = DigestJson.write(HOSTILE);
        assertThat(json).doesNotContain("<", ">");
        assertThat(DigestJson.read(json)).isEqualTo(HOSTILE);
    }
}
