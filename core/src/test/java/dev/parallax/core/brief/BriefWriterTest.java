package dev.parallax.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.TestVectors;
import dev.parallax.core.corroborate.ClaimAligner;
import dev.parallax.core.corroborate.ClaimGroup;
import dev.parallax.core.digest.BriefSentence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BriefWriterTest {
    @Test
    void prefersCentralCorroboratedSentencesSkipsDanglingOnesAndCitesEverySource() {
        float[] core = TestVectors.along(6, 0, 1, 0.05f);
        float[] core2 = TestVectors.along(6, 0, 2, 0.08f);
        float[] aside = TestVectors.along(6, 3, 0, 0.3f);
        float[] dangling = TestVectors.along(6, 0, 5, 0.3f);
        AnnotatedArticle a = ClaimAlignerTestAccess.article("a",
                List.of("The government announced a national ceasefire on Sunday after weeks of talks.",
                        "He said the agreement would be signed in the capital next week.",
                        "Separately, the football league postponed two matches because of heavy rain."),
                List.of(core, dangling, aside));
        AnnotatedArticle b = ClaimAlignerTestAccess.article("b",
                List.of("A national ceasefire was announced by the government on Sunday after weeks of talks."),
                List.of(core2));
        List<ClaimGroup> groups = new ClaimAligner(0.9).align(List.of(a, b), Map.of());
        List<BriefSentence> brief = new BriefWriter(15, 0.85).write(groups, core, Map.of("a", 3, "b", 1));

        assertThat(brief).hasSize(1);
        assertThat(brief.get(0).text()).startsWith("The government announced");
        assertThat(brief.get(0).sources()).containsExactly("a", "b");
    }

    @Test
    void showsATrimmedSentenceWithTheSpanOfWhatItShows() {
        float[] core = TestVectors.along(6, 0, 1, 0.05f);
        String first = "Heavy rain flooded the lower town on Friday and closed the main bridge.";
        String second = "However, the mayor said the bridge would reopen once engineers had inspected it.";
        AnnotatedArticle a = ClaimAlignerTestAccess.article("a", List.of(first, second),
                List.of(core, TestVectors.along(6, 2, 0, 0.8f)));
        List<ClaimGroup> groups = new ClaimAligner(0.9).align(List.of(a), Map.of());
        List<BriefSentence> brief = new BriefWriter(40, 0.85).write(groups, core, Map.of("a", 2));

        assertThat(brief).extracting(BriefSentence::text).containsExactly(first,
                "The mayor said the bridge would reopen once engineers had inspected it.");
        var span = brief.get(1).spanIn("a");
        assertThat(a.article().text().substring(span.start(), span.end()))
                .isEqualTo("the mayor said the bridge would reopen once engineers had inspected it.");
    }

    @Test
    void showsASentenceThatLeansOnTheOneBeforeItRightAfterThatOne() {
        float[] core = TestVectors.along(6, 0, 1, 0.05f);
        String first = "The city council approved a plan on Monday to close the old coal power station by 2030.";
        String second = "It will be replaced by a solar farm and a battery store on the same site.";
        String other = "Residents near the station had complained about the smoke from its chimneys for years.";
        AnnotatedArticle a = ClaimAlignerTestAccess.article("a", List.of(first, second),
                List.of(core, TestVectors.along(6, 2, 0, 0.6f)));
        AnnotatedArticle b = ClaimAlignerTestAccess.article("b", List.of(other), List.of(TestVectors.along(6, 3, 0, 0.6f)));
        List<ClaimGroup> groups = new ClaimAligner(0.9).align(List.of(a, b), Map.of());
        List<String> brief = new BriefWriter(60, 0.85).write(groups, core, Map.of("a", 2, "b", 1)).stream()
                .map(BriefSentence::text).toList();

        assertThat(brief).containsExactlyInAnyOrder(first, second, other);
        assertThat(brief.indexOf(second)).isEqualTo(brief.indexOf(first) + 1);
    }

    @Test
    void neverShowsALeaningSentenceWithoutTheOneBeforeIt() {
        float[] core = TestVectors.along(6, 0, 1, 0.05f);
        String first = "Officials said the storm damaged hundreds of homes along the coast on Friday.";
        String second = "It was the strongest storm to hit the region in more than a decade, forecasters said.";
        AnnotatedArticle a = ClaimAlignerTestAccess.article("a",
                List.of("Share this story with your friends on Twitter and Facebook today.", second),
                List.of(TestVectors.along(6, 4, 0, 0.6f), core));
        AnnotatedArticle b = ClaimAlignerTestAccess.article("b", List.of(first), List.of(TestVectors.along(6, 0, 2, 0.2f)));
        List<ClaimGroup> groups = new ClaimAligner(0.9).align(List.of(a, b), Map.of());
        List<BriefSentence> brief = new BriefWriter(60, 0.85).write(groups, core, Map.of("a", 2, "b", 1));

        assertThat(brief).extracting(BriefSentence::text).containsExactly(first);
    }

    @Test
    void fillsAShortBriefWithALongSentenceOnlyWhenNothingElseIsLeft() {
        float[] core = TestVectors.along(6, 0, 1, 0.05f);
        String shortOne = "The regional parliament passed the new water law on Thursday by a wide margin.";
        String longOne = "The law, which was drafted over two years with farmers, cities and environmental groups, sets limits on how "
                + "much water each district may take from the river in dry summers, creates a fund to repair leaking canals, "
                + "and gives the regional water agency the power to fine those farms and towns who take more than their fair share.";
        AnnotatedArticle a = ClaimAlignerTestAccess.article("a", List.of(shortOne, longOne),
                List.of(core, TestVectors.along(6, 2, 0, 0.5f)));
        List<ClaimGroup> groups = new ClaimAligner(0.9).align(List.of(a), Map.of());

        assertThat(new BriefWriter(100, 0.85).write(groups, core, Map.of("a", 2))).extracting(BriefSentence::text)
                .containsExactly(shortOne, longOne);
        assertThat(new BriefWriter(13, 0.85).write(groups, core, Map.of("a", 2))).extracting(BriefSentence::text)
                .containsExactly(shortOne);
    }

    @Test
    void endsWithASentenceThatOvershootsTheBudgetByATenthAtMost() {
        float[] core = TestVectors.along(6, 0, 1, 0.05f);
        String first = "The regional parliament passed the new water law on Thursday by a wide margin.";
        String longer = "Farmers in the dry south had asked for the law for more than ten years.";
        String shorter = "The law takes effect at the start of next year.";
        AnnotatedArticle a = ClaimAlignerTestAccess.article("a", List.of(first, longer, shorter),
                List.of(core, TestVectors.along(6, 2, 0, 0.9f), TestVectors.along(6, 3, 0, 0.4f)));
        List<ClaimGroup> groups = new ClaimAligner(0.9).align(List.of(a), Map.of());

        // 14 words, then 15 more would reach 29 of a 25-word budget (within a fifth, past a tenth).
        assertThat(new BriefWriter(25, 0.85).write(groups, core, Map.of("a", 3))).extracting(BriefSentence::text)
                .containsExactly(first, shorter);
    }

    @Test
    void weighsAWireStoryAndItsCopiesAsOneArticle() {
        float[] core = TestVectors.along(6, 0, 1, 0.05f);
        String wire = "The river flooded the northern farms after three days of heavy rain.";
        String own = "Emergency crews evacuated the valley towns overnight as the water rose.";
        AnnotatedArticle a = ClaimAlignerTestAccess.article("a", List.of(wire), List.of(TestVectors.along(6, 0, 2, 0.5f)));
        AnnotatedArticle b = ClaimAlignerTestAccess.article("b", List.of(own), List.of(TestVectors.along(6, 0, 3, 0.5f)));
        List<AnnotatedArticle> articles = new java.util.ArrayList<>(List.of(a, b));
        Map<String, String> copyOf = new java.util.HashMap<>();
        for (int i = 1; i <= 3; i++) {
            articles.add(ClaimAlignerTestAccess.article("a" + i, List.of("Northern farms flooded after heavy rain."),
                    List.of(TestVectors.along(6, 3 + i % 3, 0, 0.1f * i))));
            copyOf.put("a" + i, "a");
        }
        articles.add(ClaimAlignerTestAccess.article("c", List.of("Emergency crews evacuated valley towns overnight."),
                List.of(TestVectors.along(6, 5, 3, 0.2f))));
        List<ClaimGroup> groups = new ClaimAligner(0.9).align(articles, copyOf);
        Map<String, Integer> counts = Map.of("a", 1, "b", 1, "a1", 1, "a2", 1, "a3", 1, "c", 1);
        BriefWriter writer = new BriefWriter(12, 0.85);

        assertThat(writer.write(groups, core, counts, Map.of())).extracting(BriefSentence::text).containsExactly(wire);
        assertThat(writer.write(groups, core, counts, Map.of(), copyOf)).extracting(BriefSentence::text).containsExactly(own);
    }

    @Test
    void aSentenceInsideAQuotationOfSeveralSentencesIsNotShownAlone() {
        float[] core = TestVectors.along(6, 0, 1, 0.05f);
        String middle = "The issue brought forth by the players is a real issue for the whole league.";
        AnnotatedArticle a = ClaimAlignerTestAccess.article("a",
                List.of("The commissioner attended the match and spoke to reporters after the anthem.",
                        "“It is an emotional issue for many fans and for our players.",
                        middle,
                        "It is bigger than us,” the commissioner said after the match."),
                List.of(TestVectors.along(6, 3, 0, 0.4f), TestVectors.along(6, 4, 0, 0.4f), core,
                        TestVectors.along(6, 5, 0, 0.4f)));
        List<ClaimGroup> groups = new ClaimAligner(0.9).align(List.of(a), Map.of());
        Map<String, Integer> counts = Map.of("a", 4);
        BriefWriter writer = new BriefWriter(30, 0.85);

        assertThat(writer.write(groups, core, counts, Map.of(), Map.of())).extracting(BriefSentence::text).contains(middle);
        assertThat(writer.write(groups, core, counts, Map.of(), Map.of(), Map.of("a", a.article().text())))
                .extracting(BriefSentence::text).doesNotContain(middle)
                .containsExactly("The commissioner attended the match and spoke to reporters after the anthem.");
    }

    /** Reuses the article builder of the aligner's test. */
    static final class ClaimAlignerTestAccess {
        static AnnotatedArticle article(String id, List<String> texts, List<float[]> vectors) {
            return dev.parallax.core.corroborate.ClaimAlignerTest.article(id, texts, vectors);
        }
    }
}
