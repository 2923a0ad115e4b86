package dev.parallax.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.article.Article;
import org.junit.jupiter.api.Test;

class TermExtractorTest {
    static ArticleTerms terms(String text, String published) {
        return new TermExtractor().extract(new Article("id", "in", null, null, null, null, null, published, null, text));
    }

    @Test
    void capitalisedRunsCountWholeAndWordByWord() {
        ArticleTerms t = terms("Officials said Tara Reid checked into Promises Treatment Center on Monday, officials said.", null);
        assertThat(t.entities()).containsKeys("tara reid", "tara", "reid", "promises treatment center", "monday");
        assertThat(t.entities()).doesNotContainKeys("officials", "checked");
    }

    @Test
    void sentenceInitialWordsAreNamesOnlyWhenNeverWrittenInLowerCase() {
        ArticleTerms t = terms("The quake hit Chile. Rescue teams said the quake was strong and rescue came fast.", null);
        assertThat(t.entities()).containsKey("chile").doesNotContainKeys("the", "rescue", "chile rescue");
    }

    @Test
    void yearsAreNamesAndNumbersAreKeywords() {
        ArticleTerms t = terms("In 2013 the fire killed 12 people in 3 towns.", null);
        assertThat(t.entities()).containsKey("@2013");
        assertThat(t.keywords()).containsKeys("2013", "12", "fire", "killed", "people", "towns").doesNotContainKey("the");
    }

    @Test
    void repeatedTermsGrowSublinearly() {
        ArticleTerms t = terms("fire fire fire fire smoke", null);
        assertThat(t.keywords().get("fire")).isEqualTo(1 + Math.log(4));
        assertThat(t.keywords().get("smoke")).isEqualTo(1.0);
    }

    @Test
    void publicationDayIsReadFromIsoDatesAndNullOtherwise() {
        assertThat(terms("x", "1970-01-11T08:00:00Z").epochDay()).isEqualTo(10L);
        assertThat(terms("x", "yesterday").epochDay()).isNull();
        assertThat(terms("x", null).epochDay()).isNull();
    }

    @Test
    void leadNamesAreTheNamesOfTheFirstWordsOnly() {
        String filler = " The committee met again and talked for a long time about the budget and the roads.".repeat(5);
        ArticleTerms t = terms("Mayor Ana Silva opened the bridge in Porto on Monday." + filler + " Then Rui Costa spoke.", null);
        assertThat(t.lead()).containsKeys("mayor ana silva", "silva", "porto").doesNotContainKeys("rui costa", "rui");
        assertThat(t.entities()).containsKeys("silva", "porto", "rui costa");
    }
}
