package dev.parallax.core.cluster;

import static dev.parallax.core.cluster.StoryClustererTest.EMBEDDING_ONLY;
import static dev.parallax.core.cluster.StoryClustererTest.article;
import static dev.parallax.core.cluster.StoryClustererTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.TestVectors;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryMergerTest {
    // Two first reports too far apart to join (cosine 0.69 < 0.8), then one that is close to both (0.92).
    static final List<AnnotatedArticle> BRIDGED = List.of(
            article("a1", TestVectors.along(2, 0, 1, 0.4f)),
            article("b1", TestVectors.along(2, 1, 0, 0.4f)),
            article("bridge", TestVectors.along(2, 0, 1, 1f)),
            article("later", TestVectors.along(2, 1, 0, 0.3f)));

    @Test
    void aStoryMergesIntoTheOlderOneWhenTheirStoryToStoryEvidenceClearsTheThreshold() {
        StoryClusterer c = new StoryClusterer(EMBEDDING_ONLY, 0.5, new StoryMerger(EMBEDDING_ONLY, 0.5));
        int[] placed = BRIDGED.stream().mapToInt(c::add).toArray();
        assertThat(placed).containsExactly(0, 1, 0, 0);
        assertThat(ids(c.stories())).containsExactly(List.of("a1", "b1", "bridge", "later"));
        assertThat(c.merges()).hasSize(1);
        StoryMerge m = c.merges().get(0);
        assertThat(m.absorbed()).isEqualTo(1);
        assertThat(m.into()).isEqualTo(0);
        assertThat(m.probability()).isBetween(0.5, 1.0);
    }

    @Test
    void withoutAMergerOrBelowTheThresholdTheStoriesStayApart() {
        StoryClusterer never = new StoryClusterer(EMBEDDING_ONLY, 0.5);
        BRIDGED.forEach(never::add);
        assertThat(never.stories()).hasSize(2);
        assertThat(never.merges()).isEmpty();
        StoryClusterer strict = new StoryClusterer(EMBEDDING_ONLY, 0.5, new StoryMerger(EMBEDDING_ONLY, 0.9));
        BRIDGED.forEach(strict::add);
        assertThat(strict.stories()).hasSize(2);
    }

    @Test
    void mergesDependOnlyOnArrivalOrderNotOnHowTheStreamIsCut() {
        StoryClusterer oneGo = new StoryClusterer(EMBEDDING_ONLY, 0.5, new StoryMerger(EMBEDDING_ONLY, 0.5));
        BRIDGED.forEach(oneGo::add);
        StoryClusterer twoBatches = new StoryClusterer(EMBEDDING_ONLY, 0.5, new StoryMerger(EMBEDDING_ONLY, 0.5));
        BRIDGED.subList(0, 2).forEach(twoBatches::add);
        BRIDGED.subList(2, 4).forEach(twoBatches::add);
        assertThat(ids(twoBatches.stories())).isEqualTo(ids(oneGo.stories()));
        assertThat(twoBatches.merges()).isEqualTo(oneGo.merges());
    }
}
