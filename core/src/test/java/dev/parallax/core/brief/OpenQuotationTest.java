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
}
