package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The update a page states, read from its markup and from the stamp line by its headline. */
class PageUpdatesTest {
    private static Document page(String head, String body) {
        return Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
    }

    @Test
    void readsTheArticlesJsonLdDateModifiedFirstKeepingItsOffset() {
        Document doc = page("<script type=\"application/ld+json\">{\"@graph\":["
                + "{\"@type\":\"WebSite\",\"dateModified\":\"2024-01-01\"},"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-05-12T08:30:00+02:00\","
                + "\"dateModified\":\"2020-05-13T10:05:00+02:00\"}]}</script>"
                + "<meta property=\"article:modified_time\" content=\"2020-05-14\">", "<p>text</p>");
        assertThat(PageUpdates.updated(doc)).hasValue("2020-05-13T10:05+02:00");
    }

    @Test
    void readsOpenGraphAndArticleMetaTags() {
        assertThat(PageUpdates.updated(page("<meta property=\"og:updated_time\" content=\"2020-08-17T09:00:00+00:00\">", "")))
                .hasValue("2020-08-17T09:00Z");
        assertThat(PageUpdates.updated(page("<meta property=\"article:modified_time\" content=\"2021-03-04 18:30\">", "")))
                .hasValue("2021-03-04T18:30"); // no zone written: a local date-time
        assertThat(PageUpdates.updated(page("<meta name=\"dcterms.modified\" content=\"2021-03-04\">", "")))
                .hasValue("2021-03-04");
    }

    @Test
    void readsATimeElementMarkedOrLabelledAsTheUpdate() {
        assertThat(PageUpdates.updated(page("", "<time class=\"entry-date published\" datetime=\"2020-01-02T08:00:00Z\">Jan 2"
                + "</time><time class=\"updated\" datetime=\"2020-01-03T09:15:00Z\">Jan 3</time>"))).hasValue("2020-01-03T09:15Z");
        assertThat(PageUpdates.updated(page("", "<p>Published <time datetime=\"2020-01-02\">Jan 2</time> | "
                + "<span>Last updated</span> <time datetime=\"2020-01-04T11:00:00-05:00\">Jan 4</time></p>")))
                .hasValue("2020-01-04T11:00-05:00");
        assertThat(PageUpdates.updated(page("", "<span itemprop=\"dateModified\" content=\"2020-02-05\">5 Feb</span>")))
                .hasValue("2020-02-05");
        assertThat(PageUpdates.updated(page("", "<p>Published <time datetime=\"2020-01-02\">Jan 2</time></p>"))).isEmpty();
    }

    @Test
    void readsAnUpdatedLineShownByTheHeadline() {
        Document doc = page("", "<header><h1>Council approves the new budget for the city</h1>"
                + "<div class=\"byline\">By Jane Doe | Updated: March 12th 2024, 09:41 GMT</div></header>"
                + "<p>The council voted on Tuesday to approve the budget.</p>");
        assertThat(PageUpdates.updated(doc)).hasValue("2024-03-12T09:41Z");
        Document far = page("", "<h1>Council approves the new budget for the city</h1>" + "<p>Paragraph.</p>".repeat(12)
                + "<div>Updated: March 12th 2024, 09:41 GMT</div>");
        assertThat(PageUpdates.updated(far)).isEmpty(); // a stamp far from the headline belongs to something else
    }

    @Test
    void takesNoDateBefore1995OrWithoutAnUpdate() {
        assertThat(PageUpdates.updated(page("<meta property=\"article:modified_time\" content=\"1970-01-01T00:00:00Z\">", "")))
                .isEmpty();
        assertThat(PageUpdates.updated(page("<meta property=\"article:published_time\" content=\"2020-01-01\">",
                "<time datetime=\"2020-01-01\">x</time>")))
                .isEmpty();
    }

    @Test
    void aTimeMarkedAsTheUpdateIsNotTakenForThePublication() {
        Document doc = page("", "<p>Updated <time datetime=\"2020-03-09\">9 March</time></p>"
                + "<p>Posted <time datetime=\"2020-03-01\">1 March</time></p>");
        assertThat(PageDates.published(doc, null)).hasValue("2020-03-01");
        assertThat(PageUpdates.updated(doc)).hasValue("2020-03-09");
    }
}
