package dev.parallax.core.annotate.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

    private static List<String> quotes(String text) {
        return QuoteScanner.quotes(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void curlyStraightLowHighAndGuillemets() {
        assertThat(quotes("a “b” c \"d\" e „f“ g «h» i")).containsExactly("“b”", "\"d\"", "„f“", "«h»");
    }

    @Test
    void multiParagraphQuoteLeftOpenAndReopened() {
        String text = "He said:\n“First paragraph.\n“Second paragraph.”\nAfter.";
        assertThat(quotes(text)).containsExactly("“First paragraph.\n“Second paragraph.”");
    }

    @Test
    void unclosedQuoteEndsAtItsParagraph() {
        String text = "“Never closed\nNext line with “a quote”.";
        assertThat(quotes(text)).containsExactly("“Never closed", "“a quote”");
    }

    @Test
    void apostrophesAndInchMarksAreNotQuotes() {
        assertThat(quotes("It’s the 5' board, isn't it")).isEmpty();
        List<Span> q = QuoteScanner.quotes("a 12\" pipe");
        assertThat(q).isEmpty();
    }
}
