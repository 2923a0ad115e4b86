package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageDatesTest {
    private static Document page(String head, String body) {
        return Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
    }

    @Test
    void readsJsonLdOfTheArticleFirstEvenInsideAGraph() {
        Document doc = page("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"datePublished\":\"2015-01-01\"},"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-05-12T08:30:00+02:00\",\"dateModified\":\"2020-05-13\"}]}"
                + "</script>", "<p>text</p>");
        assertThat(PageDates.published(doc, null)).hasValue("2020-05-12T08:30+02:00");
    }

    @Test
    void readsJsonLdThatDoesNotParse() {
        Document doc = page("<script type=\"application/ld+json\">{\"datePublished\": \"2020-03-04T10:00:00Z\",}} broken",
                "<p>text</p>");
        assertThat(PageDates.published(doc, null)).hasValue("2020-03-04T10:00Z");
    }

    @Test
    void readsMetaTagsByNameOrPropertyPreferringTheMostSpecific() {
        assertThat(PageDates.published(page("<meta name=\"date\" content=\"2019-01-01\">"
                + "<meta property=\"article:published_time\" content=\"2020-06-07T10:00:00+0300\">", ""), null))
                .hasValue("2020-06-07T10:00+03:00");
        assertThat(PageDates.published(page("<meta name=\"DC.date.issued\" content=\"2020-02-03\">", ""), null))
                .hasValue("2020-02-03");
        assertThat(PageDates.published(page("<meta name=\"sailthru.date\" content=\"2020-02-03 14:00:00\">", ""), null))
                .hasValue("2020-02-03T14:00"); // the time is kept; its zone is not known
        assertThat(PageDates.published(page("<meta name=\"parsely-pub-date\" content=\"20200203\">", ""), null))
                .hasValue("2020-02-03");
    }

    @Test
    void readsAnElementMarkedAsThePublicationDate() {
        assertThat(PageDates.published(page("", "<span itemprop=\"datePublished\" content=\"2020-09-21\">21.09.</span>"), null))
                .hasValue("2020-09-21");
        assertThat(PageDates.published(page("", "<time datetime=\"2021-01-01\">x</time>"
                + "<time pubdate datetime=\"2020-11-30T12:00:00Z\">30 Nov</time>"), null))
                .hasValue("2020-11-30T12:00Z");
    }

    @Test
    void takesTheFirstTimeElementWhenNothingIsMarked() {
        assertThat(PageDates.published(page("", "<time datetime=\"2020-10-30\">x</time><time datetime=\"2020-11-01\">y</time>"),
                null)).hasValue("2020-10-30");
    }

    @Test
    void prefersAFullDateInTheAddressAndKeepsTheMarkupTimeOfTheSameDay() {
        Document doc = page("<meta property=\"article:published_time\" content=\"2020-02-16T23:02:32Z\">", "");
        assertThat(PageDates.published(doc, "https://example.org/2020/02/17/story/")).hasValue("2020-02-17");
        assertThat(PageDates.published(doc, "https://example.org/2020/02/16/story/")).hasValue("2020-02-16T23:02:32Z");
        assertThat(PageDates.published(page("", ""), "https://example.org/news/20200516/story")).hasValue("2020-05-16");
        assertThat(PageDates.published(page("<link rel=\"canonical\" href=\"https://example.org/2020-4-15-slug\">", ""),
                "https://example.org/?id=1")).hasValue("2020-04-15");
    }

    @Test
    void doesNotReadIdsOrPartialDatesInTheAddress() {
        assertThat(UrlDates.of("https://example.org/News/120200622120908039/slug")).isEmpty();
        assertThat(UrlDates.of("https://example.org/2020/07/slug")).isEmpty();
        assertThat(UrlDates.of("https://news2020-01-01.example.org/a")).isEmpty();
    }

    @Test
    void readsTheDateShownNextToTheHeadline() {
        Document doc = page("<title>Oil falls to an eighteen year low - Daily</title>",
                "<div class=\"top\">Tuesday, 08 Dec 2020</div><nav>Home News</nav>"
                        + "<h1>Oil falls to an eighteen year low</h1><p>13 Oct 2020 18:29</p>"
                        + "<p>The lowest since 6 March 2002.</p>");
        assertThat(PageDates.published(doc, null)).hasValue("2020-10-13");
    }

    @Test
    void readsDateElementsInOtherLanguages() {
        assertThat(PageDates.published(page("", "<span class=\"fecha\">martes 17 de marzo de 2020</span>"), null))
                .hasValue("2020-03-17");
        assertThat(PageDates.published(page("", "<div class=\"datum\">Veröffentlicht am 12. Mai 2020</div>"), null))
                .hasValue("2020-05-12");
        assertThat(PageDates.published(page("", "<div class=\"post-meta\">Publié le 3 août 2020</div>"), null))
                .hasValue("2020-08-03");
    }

    @Test
    void rejectsShownDatesAfterTheLatestMetadataDateAndBefore1995() {
        Document doc = page("<meta property=\"article:modified_time\" content=\"2020-05-01T10:00:00Z\">",
                "<div class=\"date\">Event on 12 June 2020</div><div class=\"date\">Posted 30 April 2020</div>");
        assertThat(PageDates.published(doc, null)).hasValue("2020-04-30");
        assertThat(PageDates.published(page("<meta name=\"date\" content=\"1990-01-01\">", ""), null)).isEmpty();
    }

    @Test
    void fallsBackToTheModifiedDate() {
        assertThat(PageDates.published(page("<meta property=\"og:updated_time\" content=\"2020-08-17T09:00:00+00:00\">", ""),
                null)).hasValue("2020-08-17T09:00Z");
    }

    @Test
    void givesNothingForAPageWithoutDates() {
        assertThat(PageDates.published(page("<title>Shop</title>", "<p>Buy 3 for 20</p>"), null)).isEmpty();
    }

    @Test
    void takesTheShownDayOverAUtcStampThatMidnightPutOnAnotherDay() {
        String head = "<title>Council approves the new budget for the city</title>"
                + "<meta property=\"article:published_time\" content=\"2020-12-05T23:15:00Z\">";
        assertThat(PageDates.published(page(head, "<h1>Council approves the new budget for the city</h1>"
                + "<span>06 Dicembre 2020</span><p>Text.</p>"), null)).hasValue("2020-12-06");
        // a stated offset is the publisher's own zone: the stamp stands
        assertThat(PageDates.published(page(head.replace("Z\"", "+03:00\""), "<h1>Council approves the new budget for the city</h1>"
                + "<span>06 Dicembre 2020</span><p>Text.</p>"), null)).hasValue("2020-12-05T23:15+03:00");
        // no zone puts 16:00 UTC on the day before
        assertThat(PageDates.published(page(head.replace("23:15", "16:00"), "<h1>Council approves the new budget for the city</h1>"
                + "<span>04 Dicembre 2020</span><p>Text.</p>"), null)).hasValue("2020-12-05T16:00Z");
    }

    @Test
    void takesTheMarkupDayOverTheAddressWhenThePageShowsIt() {
        String head = "<title>Workers return to the office this week</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-07-09T10:04:04Z\"}</script>";
        String url = "https://example.org/politics/workers-return/2020/07/08/story.html";
        assertThat(PageDates.published(page(head, "<h1>Workers return to the office this week</h1>"
                + "<p>July 9, 2020 at 6:40 PM EDT</p>"), url)).hasValue("2020-07-09T10:04:04Z");
        assertThat(PageDates.published(page(head, "<h1>Workers return to the office this week</h1><p>Text.</p>"), url))
                .hasValue("2020-07-08");
    }

    @Test
    void skipsAPhotoCaptionsDateByTheHeadline() {
        Document doc = page("<title>Protesters gather at a theatre to confront the president</title>",
                "<h1>Protesters gather at a theatre to confront the president</h1><div><img src=\"a.jpg\">"
                        + "FILE PHOTO: The president speaks during a ceremony at an air base near the city, France, "
                        + "January 16, 2020. Photographer/Pool</div><p>January 18, 2020</p><p>PARIS - Protesters opposed to the reform.</p>");
        assertThat(PageDates.published(doc, null)).hasValue("2020-01-18");
    }

    @Test
    void readsADateThatThePageHandsToItsScriptsAsALastResort() {
        assertThat(PageDates.published(page("", "<td><script>showDate(\"2020/04/17 01:43:09\")</script></td>"), null))
                .hasValue("2020-04-17T01:43:09");
        assertThat(PageDates.published(page("<script>page.article.publication_date = '2020-12-06 00:15';</script>", ""),
                null)).hasValue("2020-12-06T00:15");
        assertThat(PageDates.published(page("<script>var config = {\"createTime\": \"2008-02-02T03:02:36\"};</script>", ""),
                null)).isEmpty();
    }
}
