package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.article.Article;
import dev.parallax.core.article.Declared;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;
import org.junit.jupiter.api.Test;

/** The update date the clean stage keeps beside the publication, from text stamps and from page markup. */
class ArticleUpdatesTest {
    private static final String BODY = "The central bank raised its main interest rate by half a point on Monday, "
            + "the third increase this year, as inflation stayed well above its target for a sixth month. "
            + "The governor said further increases could follow if prices kept rising at the current pace.";

    private static Article text(String text) throws RejectedInputException {
        return new ArticleCleaner().clean(new RawArticle("story.txt", RawArticle.Format.TEXT, text));
    }

    private static Article html(String head, String header) throws RejectedInputException {
        String page = "<html><head>" + head + "</head><body><article>" + header + "<p>" + BODY + "</p><p>" + BODY
                + "</p></article></body></html>";
        return new ArticleCleaner().clean(new RawArticle("https://example.org/news/rates", RawArticle.Format.HTML, page));
    }

    @Test
    void keepsTheTextsUpdateBesidesItsPublicationWithZones() throws RejectedInputException {
        Article a = text("Central bank raises rates again as inflation persists\n"
                + "Updated: March 12th 2024, 09:41 GMT\n" + "First published in March 11th 2024, 18:02 GMT\n" + BODY);
        assertThat(a.published()).isEqualTo("2024-03-11T18:02Z");
        assertThat(a.updated()).isEqualTo("2024-03-12T09:41Z");

        Article local = text("Central bank raises rates again as inflation persists\n"
                + "Published 3 June 2023 | Updated 4 June 2023, 09:41\n" + BODY);
        assertThat(local.published()).isEqualTo("2023-06-03");
        assertThat(local.updated()).isEqualTo("2023-06-04T09:41");
    }

    @Test
    void aLoneAgencyUpdateStampBoundsThePublicationAndStaysTheUpdate() throws RejectedInputException {
        Article a = text("Central bank raises rates again as inflation persists\n"
                + "By AFP | Last updated: March 12th 2024, 09:41 GMT\n" + BODY);
        assertThat(a.published()).isEqualTo("2024-03-12T09:41Z");
        assertThat(a.updated()).isEqualTo("2024-03-12T09:41Z");
    }

    @Test
    void theUpdateStampsOfOtherStoriesListedAfterTheBodyDoNotDateIt() throws RejectedInputException {
        Article a = text("Central bank raises rates again as inflation persists\n" + BODY + "\n"
                + "Published in The Daily Example, March 11th, 2024\n" + "Opinion\n" + "Editorial\n"
                + "Water shortages in the capital\n" + "Updated 20 March, 2024\n" + "Water shortages in the capital\n"
                + "In large parts of the city there has been no water for twelve days, and tankers are scarce...\n"
                + "Trade talks resume\n" + "Updated 19 March, 2024\n");
        assertThat(a.published()).isEqualTo("2024-03-11");
        assertThat(a.updated()).isNull();

        Article own = text("Central bank raises rates again as inflation persists\n" + BODY + "\n"
                + "Published March 11th, 2024 | Updated March 12th, 2024\n" + "Opinion\n" + "Editorial\n"
                + "Water shortages in the capital\n" + "Updated 20 March, 2024\n");
        assertThat(own.updated()).isEqualTo("2024-03-12");
    }

    @Test
    void aTextWithoutStampsHasNoUpdate() throws RejectedInputException {
        assertThat(text("Central bank raises rates again as inflation persists\n" + BODY).updated()).isNull();
    }

    @Test
    void readsThePagesUpdateWithoutLettingItReplaceThePublication() throws RejectedInputException {
        Article a = html("<meta property=\"article:published_time\" content=\"2020-06-07T10:00:00+03:00\">"
                + "<meta property=\"article:modified_time\" content=\"2020-06-08T12:30:00+03:00\">", "");
        assertThat(a.published()).isEqualTo("2020-06-07T10:00+03:00");
        assertThat(a.updated()).isEqualTo("2020-06-08T12:30+03:00");

        Article shown = html("", "<h1>Central bank raises rates again as inflation persists</h1>"
                + "<p class=\"meta\">Published <time datetime=\"2024-03-11T18:02:00Z\">11 March</time> · Updated "
                + "<time datetime=\"2024-03-12T09:41:00Z\">12 March</time></p>");
        assertThat(shown.published()).isEqualTo("2024-03-11T18:02Z");
        assertThat(shown.updated()).isEqualTo("2024-03-12T09:41Z");
    }

    @Test
    void dropsAnUpdateEarlierThanThePublication() throws RejectedInputException {
        Article a = html("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2020-06-07T10:00:00Z\",\"dateModified\":\"2020-06-07T09:00:00Z\"}</script>", "");
        assertThat(a.published()).isEqualTo("2020-06-07T10:00Z");
        assertThat(a.updated()).isNull();

        Article declared = new ArticleCleaner().clean(new RawArticle("story.txt", RawArticle.Format.TEXT,
                "Headline of the story about rates\nUpdated: March 12th 2024, 09:41 GMT\n" + BODY,
                new Declared(null, "2024-03-13", null, null, null, null)));
        assertThat(declared.published()).isEqualTo("2024-03-13");
        assertThat(declared.updated()).isNull(); // the feed's publication is after the text's update
    }
}
