package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The body extractor behind {@link HtmlCleaner} on small synthetic pages, one signal each. */
class HtmlBodyTest {
    private final HtmlCleaner cleaner = new HtmlCleaner();

    private static String para(String lead) {
        return "<p>" + lead + ", officials said on Monday, adding that the work would continue through the winter "
                + "and that residents should expect delays on the main roads, in the town centre and near schools.</p>";
    }

    private String body(String html) {
        return cleaner.clean("<html><body>" + html + "</body></html>", "https://example.org/a").text();
    }

    @Test
    void joinsBodyColumnsAcrossARelatedLinksBox() {
        String text = body("<div class=\"layout\"><div class=\"story-column\">" + para("First part") + para("Second part")
                + "</div><div class=\"box\"><ul><li><a href=\"/1\">Other story one headline</a></li>"
                + "<li><a href=\"/2\">Other story two headline</a></li></ul></div>"
                + "<div class=\"story-column\">" + para("Third part") + para("Fourth part") + "</div></div>");
        assertThat(text).contains("First part", "Second part", "Third part", "Fourth part")
                .doesNotContain("Other story");
    }

    @Test
    void keepsTheWordsOfALinkInsideASentence() {
        String text = body("<article>" + para("Body one") + "<p><span>Carlineo was </span><a href=\"https://example.org/"
                + "arrest\"><span>arrested</span></a><span> in April for a March 21 phone call he made to the office of the "
                + "congresswoman, prosecutors said in a statement on Monday.</span></p>" + para("Body two") + "</article>");
        assertThat(text).contains("Carlineo was arrested in April for a March 21 phone call");
        String wrapped = body("<article>" + para("Body one") + "<p>Carlineo was <span><a href=\"/arrest\">arrested</a></span> "
                + "in April for a March 21 phone call he made to the office of the congresswoman, prosecutors said in a "
                + "statement on Monday. <span class=\"related\"><strong>Related:</strong> <a href=\"/b\">Senate passes "
                + "budget after all-night session</a></span></p>" + para("Body two") + "</article>");
        assertThat(wrapped).contains("Carlineo was arrested in April").doesNotContain("Senate passes budget");
    }

    @Test
    void dropsCommentsShareBarsAndNewslettersByTheirNames() {
        String text = body("<article><div class=\"share-bar\">Share on Facebook Share on Twitter</div>"
                + para("Body one") + para("Body two")
                + "<div class=\"newsletter-signup\"><p>Sign up for our daily newsletter, delivered every morning to "
                + "your inbox with the best stories of the day.</p></div></article>"
                + "<section id=\"comments\">" + para("A reader comment") + "</section>");
        assertThat(text).contains("Body one", "Body two")
                .doesNotContain("Share on", "newsletter", "A reader comment");
    }

    @Test
    void keepsSubheadingsAndListsInsideTheBodyButNotATrailingHeading() {
        String text = body("<article>" + para("Opening") + "<h2>What happens next</h2>" + para("Next steps")
                + "<ul><li>Roads close at nine in the evening for the resurfacing work.</li>"
                + "<li>Buses take the northern bypass until the work ends.</li></ul>"
                + para("Closing") + "<h3>More on this topic</h3></article>");
        assertThat(text).contains("What happens next", "Roads close at nine", "Buses take the northern bypass")
                .doesNotContain("More on this topic");
        assertThat(text.indexOf("Opening")).isLessThan(text.indexOf("What happens next"));
    }

    @Test
    void keepsTheSchemaOrgArticleBodyEvenInsideAFurnitureName() {
        String text = body("<div class=\"sidebar-layout\"><div itemprop=\"articleBody\">" + para("Marked body one")
                + para("Marked body two") + "</div></div><aside>" + para("Aside text") + "</aside>");
        assertThat(text).contains("Marked body one", "Marked body two").doesNotContain("Aside text");
    }

    @Test
    void ignoresHiddenCopiesCaptionsAndTheHeadline() {
        String text = body("<article><h1>The headline</h1><figure><img src=x><figcaption>A photo caption of "
                + "the flooded road near the school.</figcaption></figure>" + para("Visible one") + para("Visible two")
                + "</article><div style=\"display:none\"><p>Hidden copy of the description for machines only, "
                + "not shown to readers of the page at all.</p></div>");
        assertThat(text).contains("Visible one", "Visible two")
                .doesNotContain("The headline", "photo caption", "Hidden copy");
    }

    @Test
    void keepsAParagraphCutByAPaywallAndDropsShortTeasers() {
        String text = body("<article>" + para("Open") + "<p>The second paragraph runs on for a while before the "
                + "publisher cuts it for readers without a subscription, as many news sites do...</p>"
                + "<p>Read more: <a href=\"/x\">Why the roads keep flooding</a></p></article>");
        assertThat(text).contains("publisher cuts it").doesNotContain("Why the roads keep flooding");
    }

    @Test
    void findsABodyWrittenWithoutSpaces() {
        String sentence = "先日、不正に改造した端末を販売したとして、商標法違反の疑いで男性が逮捕されたというニュースを耳にしました。";
        String text = body("<div class=\"entry\"><p>" + sentence + "</p><p>" + sentence + "</p><p>" + sentence
                + "</p><p>" + sentence + "</p></div><div class=\"menu\"><a href=\"/\">ホーム</a></div>");
        assertThat(text).contains("商標法違反").doesNotContain("ホーム");
    }

    @Test
    void splitsClassNamesIntoWords() {
        assertThat(ClassSignals.words("articleBody share-bar_top")).containsExactly("article", "body", "share", "bar", "top");
    }
}
