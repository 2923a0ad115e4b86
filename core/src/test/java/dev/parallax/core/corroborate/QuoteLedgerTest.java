package dev.parallax.core.corroborate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.attribution.Attribution;
import dev.parallax.core.article.Article;
import dev.parallax.core.digest.Quote;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuoteLedgerTest {

    /** One article of one sentence; each sentence gets its own direction, so only words can link quotations. */
    private static AnnotatedArticle article(String id, String text, int axis) {
        float[] v = new float[4];
        v[axis] = 1;
        return new AnnotatedArticle(new Article(id, id, null, null, null, null, null, null, "en", text),
                List.of(new Sentence(0, new Span(0, text.length()), text, v)), v);
    }

    private static Attribution said(Attribution.Kind kind, String text, String content, String cue, String source) {
        int c = text.indexOf(content);
        int k = text.indexOf(cue);
        int s = text.indexOf(source);
        return new Attribution(kind, List.of(new Span(c, c + content.length())), new Span(k, k + cue.length()),
                new Span(s, s + source.length()), source, null, List.of());
    }

    @Test
    void theReportersWordsAroundAOneWordQuoteDoNotJoinTwoSpeakersUtterances() {
        String a = "\"Our troops gave decisive support in the battle for the northern valley,\" General Okafor said.";
        String b = "The president said the troops in the northern valley battle showed \"heroism\".";
        String c = "\"Our troops gave decisive support in the battle for the northern valley,\" Okafor said on Monday.";
        String d = "\"We will build a monument to the troops who showed heroism in the northern valley battle,\" the president said.";
        List<AnnotatedArticle> articles = List.of(article("a", a, 0), article("b", b, 1), article("c", c, 2),
                article("d", d, 3));
        Map<String, List<Attribution>> attributions = Map.of(
                "a", List.of(said(Attribution.Kind.DIRECT, a,
                        "\"Our troops gave decisive support in the battle for the northern valley,\"", "said", "General Okafor")),
                "b", List.of(said(Attribution.Kind.PARTIAL, b,
                        "the troops in the northern valley battle showed \"heroism\"", "said", "The president")),
                "c", List.of(said(Attribution.Kind.DIRECT, c,
                        "\"Our troops gave decisive support in the battle for the northern valley,\"", "said", "Okafor")),
                "d", List.of(said(Attribution.Kind.DIRECT, d,
                        "\"We will build a monument to the troops who showed heroism in the northern valley battle,\"", "said", "the president")));

        List<Quote> quotes = new QuoteLedger(0.8).build(articles, attributions).quotes();

        Quote general = quotes.stream().filter(q -> q.text().startsWith("Our troops")).findFirst().orElseThrow();
        assertEquals("General Okafor", general.speaker());
        assertEquals(2, general.sources().size(), "the general's words in a and c, and nothing of the president's");
    }

    @Test
    void aClosingMarkOfAQuotationInsideTheWordsIsKept() {
        String a = "The president said the rescuers were \"heroes\" and \"the pride of the nation,\" in a speech on Friday.";
        String b = "\"We will not give up,\" the mayor said.";
        String c = "The mayor admitted losses, mentioning \"the graves of the drowned\" and called for aid to their families.";
        Map<String, List<Attribution>> attributions = Map.of(
                "a", List.of(said(Attribution.Kind.PARTIAL, a, "the rescuers were \"heroes\" and \"the pride of the nation,\"", "said",
                        "The president")),
                "b", List.of(said(Attribution.Kind.DIRECT, b, "\"We will not give up,\"", "said", "the mayor")),
                "c", List.of(said(Attribution.Kind.PARTIAL, c, "\"the graves of the drowned\" and called for aid to their families",
                        "mentioning", "The mayor")));

        List<Quote> quotes = new QuoteLedger(0.8).build(List.of(article("a", a, 0), article("b", b, 1), article("c", c, 2)),
                attributions).quotes();

        assertEquals(List.of("the rescuers were \"heroes\" and \"the pride of the nation\"", "We will not give up",
                        "\"the graves of the drowned\" and called for aid to their families"),
                quotes.stream().map(Quote::text).toList());        // The partial quotation is the reporter's wording: shown without quotation marks of its own.
        assertEquals(List.of(true, false, true), quotes.stream().map(Quote::reported).toList());
    }

    @Test
    void twoTitlesEveryQuotationNamesDoNotMakeOneUtterance() {
        String a = "Producer Jordan Horowitz said \"Moonlight,\" not \"La La Land\" was the real winner.";
        String b = "\"We would have loved to win, but we are so excited for Moonlight and proud of La La Land,\" Emma Stone said.";
        String c = "\"The folks at La La Land were so gracious about Moonlight winning tonight,\" Warren Beatty said.";
        Map<String, List<Attribution>> attributions = Map.of(
                "a", List.of(said(Attribution.Kind.PARTIAL, a, "\"Moonlight,\" not \"La La Land\" was the real winner", "said",
                        "Producer Jordan Horowitz")),
                "b", List.of(said(Attribution.Kind.DIRECT, b,
                        "\"We would have loved to win, but we are so excited for Moonlight and proud of La La Land,\"", "said",
                        "Emma Stone")),
                "c", List.of(said(Attribution.Kind.DIRECT, c,
                        "\"The folks at La La Land were so gracious about Moonlight winning tonight,\"", "said", "Warren Beatty")));

        QuoteLedger.Result result = new QuoteLedger(0.8).build(List.of(article("a", a, 0), article("b", b, 1), article("c", c, 2)),
                attributions);

        assertEquals(3, result.quotes().size());
        assertEquals(List.of(), result.misattributions());
    }
}
