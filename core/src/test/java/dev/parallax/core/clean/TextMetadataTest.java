package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.article.Article;
import dev.parallax.core.article.RawArticle;
import dev.parallax.core.article.RejectedInputException;
import org.junit.jupiter.api.Test;

/** The metadata the clean stage reads from the lines of scraped text, in the forms news sites write them. */
class TextMetadataTest {
    private static final String BODY = "The central bank raised its main interest rate by half a point on Monday, "
            + "the third increase this year, as inflation stayed well above its target for a sixth month. "
            + "The governor said further increases could follow if prices kept rising at the current pace.";

    private static Article clean(String text) throws RejectedInputException {
        return new ArticleCleaner().clean(new RawArticle("story.txt", RawArticle.Format.TEXT, text));
    }

    @Test
    void readsAgencyAndUpdateFromACreditLine() throws RejectedInputException {
        Article a = clean("Central bank raises rates again as inflation persists\n"
                + "By AFP | Last updated: March 12th 2024, 09:41 GMT\n" + "NAIROBI: " + BODY);
        assertThat(a.agency()).isEqualTo("Agence France-Presse");
        assertThat(a.dateline()).isEqualTo("Nairobi");
        assertThat(a.published()).isEqualTo("2024-03-12T09:41Z");
    }

    @Test
    void prefersTheFirstPublicationToALaterUpdate() throws RejectedInputException {
        Article a = clean("Central bank raises rates again as inflation persists\n"
                + "Updated: March 12th 2024, 09:41 GMT\n" + "First published in March 11th 2024, 18:02 GMT\n"
                + "Paris, March 11 (Reuters) – " + BODY);
        assertThat(a.published()).isEqualTo("2024-03-11T18:02Z");
        assertThat(a.agency()).isEqualTo("Reuters");
        assertThat(a.dateline()).isEqualTo("Paris");
    }

    @Test
    void readsAnAgencyCreditBeforeADashAndAPostedDay() throws RejectedInputException {
        Article a = clean("Central bank raises rates again as inflation persists\nPosted 2023-06-03\n"
                + "LAGOS (AP) — " + BODY);
        assertThat(a.agency()).isEqualTo("Associated Press");
        assertThat(a.published()).isEqualTo("2023-06-03");
    }
}
