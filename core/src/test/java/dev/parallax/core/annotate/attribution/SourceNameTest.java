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
}
