package dev.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenQuotationTest {
    @Test
    void aSentenceAfterAnOpeningMarkOfItsParagraphIsInsideTheQuotation() {
        String text = "“It is an emotional issue. I am trying to be respectful,” he said. The club said nothing.";
        assertThat(OpenQuotation.at(text, text.indexOf("I am trying"))).isTrue();
        assertThat(OpenQuotation.at(text, text.indexOf("The club"))).isFalse();
    }

    @Test
    void aParagraphAfterOneEndingWithAColonIsABlockQuotation() {
        String text = "The actor gave a long answer.\n\nCosby’s reply:\n\nI am prepared to tell this young person the truth. "
                + "My point is, listen to me carefully.\n\nThe network aired the interview on Friday.";
        assertThat(OpenQuotation.at(text, text.indexOf("I am prepared"))).isTrue();
        assertThat(OpenQuotation.at(text, text.indexOf("My point"))).isTrue();
        assertThat(OpenQuotation.at(text, text.indexOf("The network"))).isFalse();
        assertThat(OpenQuotation.at(text, text.indexOf("Cosby’s reply"))).isFalse();
        String list = "Here is what is known:\n\nThe fire started in the kitchen on Monday.";
        assertThat(OpenQuotation.at(list, list.indexOf("The fire"))).isFalse();
        String inline = "The minister said: the talks will resume on Monday.";
        assertThat(OpenQuotation.at(inline, inline.indexOf("the talks"))).isFalse();
    }

    @Test
    void everySentenceOfATranscriptIsTheSpeakers() {
        String text = "Full transcript of the president's remarks on Friday, as released by the White House:\n\n"
                + "THE PRESIDENT: I wanted to come out here first. There are very few men in this country who have not been "
                + "followed in a store.\n\nThat includes me.";
        assertThat(OpenQuotation.at(text, text.indexOf("There are very few"))).isTrue();
        assertThat(OpenQuotation.at(text, text.indexOf("That includes"))).isTrue();
        String explainer = "Lottery winners need advice.\n\nQ: What do I do with the ticket?\n\nA: Sign the back of the ticket.\n\n"
                + "Q: What next?\n\nA: Relax and take time to think.";
        assertThat(OpenQuotation.at(explainer, explainer.indexOf("Sign the back"))).as("an explainer's answers are the outlet's").isFalse();
        String report = "The report, a transcript of the hearing, was released on Monday. Officials said the hearing was closed.";
        assertThat(OpenQuotation.at(report, report.indexOf("Officials"))).isFalse();
    }

    @Test
    void anEmbeddedPostIsItsAuthorsWords() {
        String text = "Speier asked about the report.\n\nIf this is true, does not get much bigger. Sad! — Donald J. Trump "
                + "(@realDonaldTrump) March 31, 2017\n\nThe White House did not comment.";
        assertThat(OpenQuotation.at(text, text.indexOf("If this"))).isTrue();
        assertThat(OpenQuotation.at(text, text.indexOf("Sad!"))).isTrue();
        assertThat(OpenQuotation.at(text, text.indexOf("The White House"))).isFalse();
    }
}
