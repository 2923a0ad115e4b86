package dev.parallax.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.digest.ArticleView;
import dev.parallax.core.digest.Digest;
import dev.parallax.core.digest.Generator;
import dev.parallax.core.digest.StoryView;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DigestHtmlTest {

    @Test
    void isASelfContainedPageWithAStrictPolicy() {
        String html = DigestHtml.render(Samples.full());
        assertThat(html).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n").doesNotContain("\r");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("meta[charset=utf-8]")).hasSize(1);
        assertThat(doc.select("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'");
        assertThat(doc.select("script, link, img, iframe, object, embed, [src], [style]")).isEmpty();
        assertThat(doc.select("head > style")).hasSize(1);
        assertThat(doc.select("body > header, body > main, body > nav, main > article, article > section")).isNotEmpty();
        assertThat(html).contains("max-width:46rem");
    }

    @Test
    void showsHeadlineBriefAndCitations() {
        Document doc = Jsoup.parse(DigestHtml.render(Samples.full()));
        Element story = doc.getElementById("s1");
        assertThat(story.selectFirst("h2").text()).isEqualTo(Samples.HEADLINE);
        Element brief = story.selectFirst("p.brief");
        assertThat(brief.text()).contains(Samples.BRIEF_1, Samples.BRIEF_2);
        assertThat(brief.select("a").eachAttr("href")).containsExactly("#s1-src-1", "#s1-src-3", "#s1-src-1");
        assertThat(brief.select("a").eachText()).containsExactly("[1]", "[3]", "[1]");
        assertThat(doc.select("#s1 ol.sources > li")).hasSize(3);
        assertThat(doc.getElementById("s1-src-2").text()).contains("Daily Example", "2024-05-07", "copy of [1]");
        assertThat(doc.select("#s1-src-1 details p[lang=en]").eachText()).containsExactly(Samples.BRIEF_1, Samples.BRIEF_2);
        assertThat(doc.getElementById("s2-src-1").text()).contains("x.html");
    }

    @Test
    void everyInternalLinkHasATargetAndIdsAreUnique() {
        for (Digest digest : List.of(Samples.full(), Samples.sparse(), Samples.empty(), Samples.hostile())) {
            Document doc = Jsoup.parse(DigestHtml.render(digest));
            Set<String> ids = new HashSet<>();
            for (Element e : doc.select("[id]")) {
                assertThat(ids.add(e.id())).as("duplicate id " + e.id()).isTrue();
            }
            for (Element a : doc.select("[href]")) {
                String href = a.attr("href");
                assertThat(href).startsWith("#");
                assertThat(ids).as(href).contains(href.substring(1));
            }
            for (Element e : doc.select("[aria-labelledby]")) {
                assertThat(ids).contains(e.attr("aria-labelledby"));
            }
        }
    }

    @Test
    void headingsDoNotSkipLevels() {
        for (Digest digest : List.of(Samples.full(), Samples.sparse(), Samples.hostile())) {
            int previous = 0;
            for (Element h : Jsoup.parse(DigestHtml.render(digest)).select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                assertThat(level).as(h.outerHtml()).isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
            assertThat(previous).isPositive();
        }
    }

    @Test
    void showsOptionalSectionsOnlyWhenFilled() {
        Document full = Jsoup.parse(DigestHtml.render(Samples.full()));
        assertThat(full.select("#s1 h3").eachText()).containsExactly("Sources", "What sources agree on",
                "Timeline", "Where sources differ", "Quotes", "Who and what is named");
        assertThat(full.select("#s1 ul.claims > li")).hasSize(1);
        assertThat(full.select("#s1 ul.claims").text()).contains("2 independent sources");
        assertThat(full.select("#s2 h3").eachText()).containsExactly("Sources");
        assertThat(full.getElementById("rejected").text()).contains("/data/empty.html", "no article text found");
        assertThat(full.select("#s1 figure blockquote").text()).isEqualTo("We need help.");
        Document sparse = Jsoup.parse(DigestHtml.render(Samples.sparse()));
        assertThat(sparse.select("figure p.reported").text()).isEqualTo("Hm.");
        assertThat(sparse.select("figure blockquote")).isEmpty();
        assertThat(sparse.select("h2").eachText()).contains("Untitled story");
        assertThat(sparse.getElementById("rejected")).isNull();
        assertThat(sparse.select("#s1-src-1").text()).contains("notes.txt");
        assertThat(Jsoup.parse(DigestHtml.render(Samples.empty())).select("main").text()).contains("No stories");
    }

    @Test
    void isDeterministic() {
        assertThat(DigestHtml.render(Samples.full())).isEqualTo(DigestHtml.render(Samples.full()));
    }

    @Test
    void showsUnusualDatesAndUnknownCopiesAsText() {
        ArticleView odd = new ArticleView("a-1", "in.html", null, null, null, null, null, "<b>yesterday</b>",
                "not a language", "a-missing", "Body.");
        Digest digest = new Digest(new Generator("parallax", null), List.of(new StoryView("s-1", "H",
                List.of(odd), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())), List.of());
        String html = DigestHtml.render(digest);
        assertThat(html).doesNotContain("<b>").contains("&lt;b&gt;yesterday&lt;/b&gt;", "copy of a-missing");
        assertThat(Jsoup.parse(html).select("[lang]").eachAttr("lang")).containsExactly("en");
    }

    @Test
    void showsALaterDaysUpdateBesideThePublicationEscaped() {
        String html = DigestHtml.render(Samples.full());
        assertThat(Jsoup.parse(html).select(".note time").eachAttr("datetime")).contains("2024-05-09");
        assertThat(Jsoup.parse(html).select(".note").eachText()).contains("updated 2024-05-09");

        ArticleView odd = new ArticleView("a-1", "in.html", null, null, null, null, null, "2024-01-01",
                "<b>later</b>", "en", null, "Body.");
        String hostile = DigestHtml.render(new Digest(new Generator("parallax", null), List.of(new StoryView("s-1", "H",
                List.of(odd), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())), List.of()));
        assertThat(hostile).doesNotContain("<b>").contains("updated &lt;b&gt;later&lt;/b&gt;");
    }
}
