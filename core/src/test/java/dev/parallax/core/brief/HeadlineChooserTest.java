package dev.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.digest.BriefSentence;
import dev.parallax.core.digest.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineChooserTest {
    private static BriefSentence sentence(String text) {
        return new BriefSentence(text, List.of("a"), List.of(new SourceSpan("a", 0, text.length())));
    }

    @Test
    void withoutTitlesTakesTheFirstBriefSentenceThatIsNoQuotation() {
        List<BriefSentence> brief = List.of(
                sentence("“Everything went just like a textbook,” said the pilot after the landing."),
                sentence("Two pilots landed a helium balloon in Mexico after crossing the Pacific from Japan."));
        assertThat(HeadlineChooser.choose(List.of(), new float[0], brief))
                .isEqualTo("Two pilots landed a helium balloon in Mexico after crossing the Pacific from Japan");
    }

    @Test
    void aBriefOfQuotationsOnlyStillGivesItsFirst() {
        List<BriefSentence> brief = List.of(sentence("\"We are done,\" the coach said."));
        assertThat(HeadlineChooser.choose(List.of(), new float[0], brief)).isEqualTo("\"We are done,\" the coach said");
    }

    @Test
    void aTitleInQuotationMarksIsNoQuotation() {
        List<BriefSentence> brief = List.of(
                sentence("\"Avengers: Endgame\" shattered box-office records around the world this weekend."),
                sentence("The studio said ticket sales topped $1.2 billion."));
        assertThat(HeadlineChooser.choose(List.of(), new float[0], brief))
                .isEqualTo("\"Avengers: Endgame\" shattered box-office records around the world this weekend");
    }

    @Test
    void prefersASentenceThatMakesAHeadlineWithoutABluntCut() {
        List<BriefSentence> brief = List.of(
                sentence("Jared Kushner, a senior adviser to Donald Trump and the president's son-in-law, has been asked to "
                        + "give documents to the committee investigating the campaign's contacts with Russia last year."),
                sentence("A House committee asked Jared Kushner for documents on Monday."));
        assertThat(HeadlineChooser.choose(List.of(), new float[0], brief))
                .isEqualTo("A House committee asked Jared Kushner for documents on Monday");
    }

    @Test
    void readsAVerbOfTheHeadNotOfItsRelativeClause() {
        assertThat(HeadlineCleaner.hasVerb("The young woman who is alleging that Anthony Weiner initiated a chat")).isFalse();
        assertThat(HeadlineCleaner.hasVerb("Apple plans a new phone")).isTrue();
        assertThat(HeadlineCleaner.hasVerb("Police arrested two men")).isTrue();
        assertThat(HeadlineCleaner.hasVerb("Jared Kushner, a senior adviser to Donald Trump")).isFalse();
        assertThat(HeadlineCleaner.hasVerb("Using embryonic stem (ES) cells")).isFalse();
    }

    @Test
    void aSentenceThatLeansMakesNoHeadline() {
        List<BriefSentence> brief = List.of(
                sentence("The young woman who is alleging that the former congressman initiated a months-long, sexually explicit "
                        + "online relationship with her says the New York mayoral candidate kept it going after his resignation."),
                sentence("She would not identify herself, and the outlet has not independently confirmed her identity."),
                sentence("A former congressman running for mayor of New York admitted a new online relationship on Tuesday."));
        assertThat(HeadlineChooser.choose(List.of(), new float[0], brief))
                .isEqualTo("A former congressman running for mayor of New York admitted a new online relationship on Tuesday");
    }
}
