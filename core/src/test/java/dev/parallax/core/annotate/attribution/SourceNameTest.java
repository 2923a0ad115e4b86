package dev.parallax.core.annotate.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The display names of sources, read through the extractor as the digest reads them. */
class SourceNameTest {
    private static Attribution only(String text) {
        List<Attribution> found = AttributionExtractorTest.extract(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aNameInsideAModifierOfTheHeadDoesNotStandForTheSource() {
        assertThat(only("State media outlets in both Chile and New Zealand reported that the talks had failed.").sourceName())
                .isEqualTo("State media outlets in both Chile and New Zealand");
        assertThat(only("A spokesman for the Red Cross said that the convoy had arrived.").sourceName())
                .isEqualTo("A spokesman for the Red Cross");
    }

    @Test
    void aDescriptionFollowedByANameStillGivesTheName() {
        assertThat(only("Real estate developer Carlos Beruff said that the plan would fail.").sourceName()).isEqualTo("Carlos Beruff");
        assertThat(only("The Ministry of Defence said that the drill was over.").sourceName()).isEqualTo("The Ministry of Defence");
    }

    @Test
    void aDocumentAsTheSourceIsTheOneWhoIssuedIt() {
        String text = "The army command said in a Telegram post that the town had been retaken.\n\n"
                + "\"Our units hold their positions,\" the post said.";
        List<Attribution> found = AttributionExtractorTest.extract(text);
        assertThat(found).extracting(Attribution::sourceName).containsExactly("The army command", "The army command");
        assertThat(found.get(1).source().of(text)).isEqualTo("the post");
        String unnamed = "\"Our units hold their positions,\" the post said.";
        assertThat(AttributionExtractorTest.extract(unnamed)).extracting(Attribution::sourceName).containsExactly("the post");
    }

    @Test
    void aReportInAnOutletIsRelayedByTheOutlet() {
        String text = "\"The situation is difficult,\" the ministry said, as per a report in the Daily Planet.";
        Attribution a = only(text);
        assertThat(a.channel()).extracting(ChannelLink::name).containsExactly("the ministry", "Daily Planet");
    }

    @Test
    void whatFollowsTheHeadAndARelativeClausesAntecedentAreNotTheName() {
        assertThat(only("\u201cWe are cooperating in the matter,\u201d said a WeWork spokesperson when contacted by Reuters.").sourceName())
                .isEqualTo("a WeWork spokesperson");
        assertThat(only("The campaign runs billboards in which people say, \u201cI\u2019m on meth.\u201d").sourceName())
                .isEqualTo("people");
    }
}
