package dev.parallax.core.corroborate;

import static dev.parallax.core.corroborate.ClaimAlignerTest.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.TestVectors;
import dev.parallax.core.digest.Discrepancy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DenialFinderTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "The ministry denied that its forces had entered the town.",
        "The army said the report that it had retaken the town was \"not true.\"",
        "Officials dismissed the claims as baseless.",
        "The government rejected the allegations of torture on Tuesday.",
        "A spokesman called the video fabricated.",
        "The company refuted reports that it would close the plant.",
        "The ministry continued to deny the reports on Monday.",
        "The company disputes the claim that it knew of the fault.",
        "Officials dispute that the troops ever crossed the border.",
        "The ministry called the report fake news.",
        "An attempt to block the vote failed, and the ministry denied the claims.",
    })
    void recognisesDenialsInManyPhrasings(String sentence) {
        assertThat(DenialFinder.isDenial(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The minister did not deny that talks had taken place.",
        "He was denied bail by the court on Monday.",
        "Parliament rejected the budget in a late-night vote.",
        "The army said it had retaken the town after heavy fighting.",
        "Israeli legislators drew up a bill defining any attempt to deny or minimize the crimes as Holocaust denial.",
        "The new law makes it a crime punishable by prison for denying the genocide.",
        "Drivers have the right to dispute a fine within 30 days.",
        "Trump asked the agency chiefs to publicly deny the existence of collusion.",
        "A judge denied prosecutors' request for a six-year prison sentence last week.",
        "The court denied his motion to dismiss the case.",
        "In 2012, the group split for several months after a dispute on Twitter, but reunited the following year.",
        "April Fools' Day is the only \"fake news\" day that's almost welcome.",
        "The two countries have been in dispute over the islands for decades.",
    })
    void leavesOtherSentencesAlone(String sentence) {
        assertThat(DenialFinder.isDenial(sentence)).isFalse();
    }

    @Test
    void readsWhoDenies() {
        assertThat(DenialFinder.who("However, the General Staff of the army said in a post that the claim was \"not true.\""))
                .contains("the General Staff of the army");
        assertThat(DenialFinder.who("Moscow denied the reports.")).contains("Moscow");
        assertThat(DenialFinder.who("The White House vehemently denied the report.")).contains("The White House");
        assertThat(DenialFinder.who("The government of Italy denied the report.")).contains("The government of Italy");
        assertThat(DenialFinder.who("Sinbad himself has long denied that he was ever cast as a genie.")).contains("Sinbad");
    }

    @Test
    void linksTheDenialToTheClaimItDisputes() {
        float[] retaken = TestVectors.along(6, 0, 1, 0.1f);
        float[] denial = TestVectors.along(6, 0, 1, 0.3f);
        float[] other = TestVectors.along(6, 3, 4, 0.1f);
        AnnotatedArticle a = article("a", List.of("The army said it had retaken the town of Marinka.",
                "Aid convoys reached the capital on Sunday."), List.of(retaken, other));
        AnnotatedArticle b = article("b", List.of("Kyiv denied that the town of Marinka had fallen."), List.of(denial));
        List<ClaimGroup> groups = new ClaimAligner(0.99).align(List.of(a, b), Map.of());
        List<DenialFinder.Denial> denials = new DenialFinder(0.75).find(groups);
        assertThat(denials).singleElement().satisfies(d -> {
            assertThat(groups.get(d.disputed()).representative().sentence().text()).contains("retaken");
            assertThat(d.who()).isEqualTo("Kyiv");
            Discrepancy x = d.toDiscrepancy(groups);
            assertThat(x.kind()).isEqualTo(Discrepancy.Kind.DENIAL);
            assertThat(x.positions().get(1).normalized()).isEqualTo("denied by Kyiv");
        });
    }
}
