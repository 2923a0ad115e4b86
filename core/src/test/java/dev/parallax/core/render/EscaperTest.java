package dev.parallax.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscaperTest {

    @Test
    void htmlEscapesTheFiveSignificantCharacters() {
        assertThat(HtmlEscaper.text("a & b < c > d \" e ' f")).isEqualTo("a &amp; b &lt; c &gt; d &quot; e &#39; f");
        assertThat(HtmlEscaper.attribute("\"><svg onload=alert(1)>")).isEqualTo("&quot;&gt;&lt;svg onload=alert(1)&gt;");
        assertThat(HtmlEscaper.text("Rhône — 救援 😀")).isEqualTo("Rhône — 救援 😀");
    }

    @Test
    void htmlEscapingIsNullSafeAndReplacesForbiddenCharacters() {
        assertThat(HtmlEscaper.text(null)).isEmpty();
        assertThat(HtmlEscaper.attribute(null)).isEmpty();
        assertThat(HtmlEscaper.text("a\u0000b\u0007c\nd")).isEqualTo("a\uFFFDb\uFFFDc\nd");
        assertThat(HtmlEscaper.attribute("a\nb\tc")).isEqualTo("a&#10;b&#9;c");
        assertThat(HtmlEscaper.text("x\uD800y")).isEqualTo("x\uFFFDy");
    }

    @Test
    void markdownEscapesPunctuationAndHtml() {
        assertThat(MarkdownText.inline("*bold* _it_ `code` [link](x) a|b #tag ~s~ \\"))
                .isEqualTo("\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) a\\|b \\#tag \\~s\\~ \\\\");
        assertThat(MarkdownText.inline("<b>x</b> & &amp; AT&T")).isEqualTo("&lt;b&gt;x&lt;/b&gt; & &amp;amp; AT&T");
        assertThat(MarkdownText.inline(null)).isEmpty();
    }

    @Test
    void markdownTextCannotStartABlock() {
        assertThat(MarkdownText.inline("line one\n\n# heading\r\n> quote")).isEqualTo("line one \\# heading &gt; quote");
        assertThat(MarkdownText.inline("- item")).isEqualTo("\\- item");
        assertThat(MarkdownText.inline("+ item")).isEqualTo("\\+ item");
        assertThat(MarkdownText.inline("2024. A year")).isEqualTo("2024\\. A year");
        assertThat(MarkdownText.inline("3) three")).isEqualTo("3\\) three");
        assertThat(MarkdownText.inline("3.5 million")).isEqualTo("3.5 million");
    }
}
