package dev.parallax.core.cluster;

import static dev.parallax.core.cluster.StoryClustererTest.EMBEDDING_ONLY;
import static dev.parallax.core.cluster.StoryClustererTest.article;
import static dev.parallax.core.cluster.StoryClustererTest.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        for (int s = 0; s < oneGo.storyCount(); s++) {
            assertThat(twoBatches.history(s)).isEqualTo(oneGo.history(s));
            assertThat(twoBatches.memberIds(s)).isEqualTo(oneGo.memberIds(s));
        }
    }

    @Test
    void aMergeIsInBothHistoriesAndTheSurvivorsMemberIdsHoldBothStories() {
        StoryClusterer c = new StoryClusterer(EMBEDDING_ONLY, 0.5, StoryWindow.bounded(3),
                new StoryMerger(EMBEDDING_ONLY, 0.5));
        BRIDGED.forEach(c::add);
        assertThat(c.history(1)).extracting(StoryEvent::kind)
                .containsExactly(StoryEvent.Kind.OPENED, StoryEvent.Kind.JOINED, StoryEvent.Kind.MERGED_INTO);
        assertThat(c.history(1).get(2)).isEqualTo(new StoryEvent(StoryEvent.Kind.MERGED_INTO, 2, null, null, 0));
        assertThat(c.history(0)).extracting(StoryEvent::kind)
                .containsExactly(StoryEvent.Kind.OPENED, StoryEvent.Kind.ABSORBED, StoryEvent.Kind.JOINED);
        assertThat(c.history(0).get(1)).isEqualTo(new StoryEvent(StoryEvent.Kind.ABSORBED, 2, null, null, 1));
        assertThat(c.memberIds(0)).containsExactly("a1", "b1", "bridge", "later");
        assertThat(c.memberIds(1)).isEmpty();
        assertThat(c.mergedInto(1)).isZero();
        assertThat(c.mergedInto(0)).isEqualTo(-1);
        assertThat(c.isOpen(1)).isFalse();
        assertThat(c.activeStories()).isEqualTo(1);
        assertThatThrownBy(() -> c.place(article("more", TestVectors.along(2, 1, 0, 0.4f)), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("merged into story 0");
    }

    @Test
    void aClosedStoryIsNeverMergedInto() {
        List<AnnotatedArticle> dated = List.of(
                article("a1", "text a1", "2025-03-01", TestVectors.along(2, 0, 1, 0.4f)),
                article("b1", "text b1", "2025-03-04", TestVectors.along(2, 1, 0, 0.4f)),
                article("bridge", "text bridge", "2025-03-04", TestVectors.along(2, 0, 1, 1f)));
        StoryClusterer wide = new StoryClusterer(EMBEDDING_ONLY, 0.5, StoryWindow.bounded(5),
                new StoryMerger(EMBEDDING_ONLY, 0.5));
        dated.forEach(wide::add);
        assertThat(wide.merges()).hasSize(1);
        // with a one-day window the first story closed before the bridge arrived
        StoryClusterer narrow = new StoryClusterer(EMBEDDING_ONLY, 0.5, StoryWindow.bounded(1),
                new StoryMerger(EMBEDDING_ONLY, 0.5));
        dated.forEach(narrow::add);
        assertThat(narrow.merges()).isEmpty();
        assertThat(narrow.memberIds(0)).containsExactly("a1");
        assertThat(narrow.memberIds(1)).containsExactly("b1", "bridge");
        assertThat(narrow.history(0)).extracting(StoryEvent::kind)
                .containsExactly(StoryEvent.Kind.OPENED, StoryEvent.Kind.CLOSED);
    }
}
