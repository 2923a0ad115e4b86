package dev.parallax.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.TestVectors;
import dev.parallax.core.article.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    /** Joins at embedding cosine 0.8. */
    static final StoryModel EMBEDDING_ONLY = new StoryModel(-8, 10, 0, 0, 0, 14);

    static AnnotatedArticle article(String id, float[] v) {
        return article(id, "text " + id, null, v);
    }

    static AnnotatedArticle article(String id, String text, String published, float[] v) {
        return new AnnotatedArticle(new Article(id, id, null, null, null, null, null, published, null, text), List.of(), v);
    }

    static List<List<String>> ids(List<List<AnnotatedArticle>> stories) {
        return stories.stream().map(s -> s.stream().map(AnnotatedArticle::id).toList()).toList();
    }

    @Test
    void similarArticlesJoinAndDifferentOnesOpenStories() {
        List<AnnotatedArticle> arrivals = List.of(
                article("a1", TestVectors.along(8, 0, 1, 0.1f)),
                article("b1", TestVectors.along(8, 2, 3, 0.1f)),
                article("a2", TestVectors.along(8, 0, 4, 0.2f)),
                article("b2", TestVectors.along(8, 2, 5, 0.2f)),
                article("c1", TestVectors.along(8, 6, 7, 0.1f)));
        assertThat(ids(StoryClusterer.cluster(arrivals, EMBEDDING_ONLY, 0.5)))
                .containsExactly(List.of("a1", "a2"), List.of("b1", "b2"), List.of("c1"));
    }

    @Test
    void thresholdOneKeepsEveryArticleApart() {
        List<AnnotatedArticle> arrivals = List.of(
                article("a1", TestVectors.along(4, 0, 1, 0.1f)), article("a2", TestVectors.along(4, 0, 1, 0.2f)));
        assertThat(StoryClusterer.cluster(arrivals, EMBEDDING_ONLY, 1.0)).hasSize(2);
    }

    @Test
    void twoEventsOfOneKindAreToldApartByTheirNames() {
        float[] same = TestVectors.along(8, 0, 1, 0.1f);
        List<AnnotatedArticle> arrivals = List.of(
                article("reid1", "The actress Tara Reid checked into Promises in Malibu, her agent said in 2008.", null, same),
                article("lohan1", "The actress Lindsay Lohan checked into Betty Ford in Rancho Mirage in 2013.", null, same),
                article("reid2", "Tara Reid entered Promises in Malibu on Monday, the actress said in 2008.", null, same),
                article("lohan2", "Lindsay Lohan entered Betty Ford in Rancho Mirage, the actress said in 2013.", null, same));
        StoryModel model = StoryModel.defaults();
        assertThat(ids(StoryClusterer.cluster(arrivals, model, 0.5)))
                .containsExactly(List.of("reid1", "reid2"), List.of("lohan1", "lohan2"));
    }

    @Test
    void aLongGapBetweenPublicationDaysKeepsOtherwiseEqualArticlesApart() {
        StoryModel model = new StoryModel(-8, 10, 0, 0, 1, 14);
        float[] v = TestVectors.along(4, 0, 1, 0.1f);
        List<AnnotatedArticle> arrivals = List.of(
                article("jan", "text", "2024-01-02", v), article("jan2", "text", "2024-01-03", v),
                article("june", "text", "2024-06-01T10:00:00Z", v));
        assertThat(ids(StoryClusterer.cluster(arrivals, model, 0.5)))
                .containsExactly(List.of("jan", "jan2"), List.of("june"));
    }

    @Test
    void storiesDependOnlyOnArrivalOrderNotOnHowTheStreamIsCut() {
        List<AnnotatedArticle> arrivals = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            arrivals.add(article("x" + i, "Storm Kirk hit Lisbon said " + (i % 3), null,
                    TestVectors.along(8, i % 4, 7, 0.1f * (i % 3))));
        }
        StoryClusterer oneGo = new StoryClusterer(StoryModel.defaults(), 0.5);
        int[] first = arrivals.stream().mapToInt(oneGo::add).toArray();
        StoryClusterer batches = new StoryClusterer(StoryModel.defaults(), 0.5);
        int[] second = new int[arrivals.size()];
        for (int from = 0; from < arrivals.size(); from += 5) {
            for (int i = from; i < Math.min(from + 5, arrivals.size()); i++) {
                second[i] = batches.add(arrivals.get(i));
            }
        }
        assertThat(second).containsExactly(first);
        assertThat(ids(batches.stories())).isEqualTo(ids(oneGo.stories()));
    }

    /** Three stories a day, each of one repeated direction, over {@code days} days: story {@code d*3+k} on day d. */
    private static List<AnnotatedArticle> dailyStories(int days) {
        List<AnnotatedArticle> out = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            String day = java.time.LocalDate.of(2025, 1, 1).plusDays(d).toString();
            for (int k = 0; k < 3; k++) {
                int axis = (d * 3 + k) % 60;
                String name = "Storm" + (d * 3 + k);
                out.add(article(name + "a", name + " hit the coast of Lisbon.", day, TestVectors.along(64, axis, 63, 0.1f)));
                out.add(article(name + "b", name + " hit the coast of Lisbon again.", day, TestVectors.along(64, axis, 63, 0.2f)));
            }
        }
        return out;
    }

    @Test
    void aStoryQuietForTheWindowClosesAndKeepsItsMembersAndHistory() {
        StoryClusterer c = new StoryClusterer(EMBEDDING_ONLY, 0.5, StoryWindow.bounded(2));
        float[] v = TestVectors.along(8, 0, 1, 0.1f);
        c.add(article("flood1", "Flood in Porto", "2025-03-01", v));
        c.add(article("flood2", "Flood in Porto", "2025-03-02", v));
        c.add(article("other", "Fire in Faro", "2025-03-04", TestVectors.along(8, 4, 5, 0.1f)));
        assertThat(c.isOpen(0)).isTrue();
        // day 5 is three days after the flood story's last article: it closes before this one is placed
        int late = c.add(article("flood3", "Flood in Porto", "2025-03-05", v));
        assertThat(late).isEqualTo(2);
        assertThat(c.isOpen(0)).isFalse();
        assertThat(c.activeStories()).isEqualTo(2);
        assertThat(c.memberIds(0)).containsExactly("flood1", "flood2");
        assertThat(c.history(0)).extracting(StoryEvent::kind)
                .containsExactly(StoryEvent.Kind.OPENED, StoryEvent.Kind.JOINED, StoryEvent.Kind.CLOSED);
        StoryEvent closed = c.history(0).get(2);
        assertThat(closed.arrival()).isEqualTo(3);
        assertThat(closed.day()).isEqualTo(java.time.LocalDate.of(2025, 3, 5).toEpochDay());
        assertThat(c.history(0).get(1)).isEqualTo(new StoryEvent(StoryEvent.Kind.JOINED, 1, "flood2",
                java.time.LocalDate.of(2025, 3, 2).toEpochDay(), -1));
        assertThat(c.streamDay()).isEqualTo(java.time.LocalDate.of(2025, 3, 5).toEpochDay());
    }

    @Test
    void aLateArticleDoesNotMoveTheStreamAndJoinsAnOpenStory() {
        StoryClusterer c = new StoryClusterer(EMBEDDING_ONLY, 0.5, StoryWindow.bounded(3));
        float[] v = TestVectors.along(8, 0, 1, 0.1f);
        c.add(article("a1", "text", "2025-03-10", v));
        c.add(article("a2", "text", "2025-03-01", v));
        assertThat(c.streamDay()).isEqualTo(java.time.LocalDate.of(2025, 3, 10).toEpochDay());
        assertThat(c.memberIds(0)).containsExactly("a1", "a2");
        assertThat(c.isOpen(0)).isTrue();
    }

    @Test
    void undatedArticlesNeverCloseAStory() {
        List<AnnotatedArticle> arrivals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            arrivals.add(article("u" + i, TestVectors.along(8, i % 2, 7, 0.1f)));
        }
        StoryClusterer c = new StoryClusterer(EMBEDDING_ONLY, 0.5, StoryWindow.bounded(1));
        arrivals.forEach(c::add);
        assertThat(c.storyCount()).isEqualTo(2);
        assertThat(c.activeStories()).isEqualTo(2);
    }

    @Test
    void liveProfilesStayBoundedByTheWindowWhileTheStreamGrows() {
        StoryClusterer c = new StoryClusterer(StoryModel.defaults(), 0.5, StoryWindow.bounded(2));
        List<AnnotatedArticle> arrivals = dailyStories(40);
        int most = 0;
        for (AnnotatedArticle a : arrivals) {
            c.add(a);
            most = Math.max(most, c.activeStories());
        }
        assertThat(c.storyCount()).isEqualTo(120);
        // stories of the stream's day and the two before it, and no more, however long the stream
        assertThat(most).isLessThanOrEqualTo(9);
        assertThat(c.activeStories()).isLessThanOrEqualTo(9);
        assertThat(c.memberIds(0)).containsExactly("Storm0a", "Storm0b");
        assertThatThrownBy(c::stories).isInstanceOf(IllegalStateException.class).hasMessageContaining("keepArticles");
    }

    @Test
    void theWindowDoesNotDependOnBatchBoundaries() {
        List<AnnotatedArticle> arrivals = dailyStories(12);
        StoryClusterer oneGo = new StoryClusterer(StoryModel.defaults(), 0.5, StoryWindow.bounded(2));
        int[] first = arrivals.stream().mapToInt(oneGo::add).toArray();
        StoryClusterer batches = new StoryClusterer(StoryModel.defaults(), 0.5, StoryWindow.bounded(2));
        int[] second = new int[arrivals.size()];
        for (int from = 0; from < arrivals.size(); from += 7) {
            for (int i = from; i < Math.min(from + 7, arrivals.size()); i++) {
                second[i] = batches.add(arrivals.get(i));
            }
        }
        assertThat(second).containsExactly(first);
        for (int s = 0; s < oneGo.storyCount(); s++) {
            assertThat(batches.history(s)).isEqualTo(oneGo.history(s));
        }
    }

    @Test
    void placingIntoAClosedStoryReopensIt() {
        StoryClusterer c = new StoryClusterer(EMBEDDING_ONLY, 0.5, StoryWindow.bounded(1));
        float[] v = TestVectors.along(8, 0, 1, 0.1f);
        c.place(article("a", "text", "2025-01-01", v), 0);
        c.place(article("b", "text", "2025-01-05", TestVectors.along(8, 3, 1, 0.1f)), 1);
        assertThat(c.isOpen(0)).isFalse();
        c.place(article("c", "text", "2025-01-05", v), 0);
        assertThat(c.isOpen(0)).isTrue();
        assertThat(c.history(0)).extracting(StoryEvent::kind)
                .containsExactly(StoryEvent.Kind.OPENED, StoryEvent.Kind.CLOSED, StoryEvent.Kind.REOPENED);
        assertThat(c.memberIds(0)).containsExactly("a", "c");
        assertThatThrownBy(() -> c.place(article("d", v), 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNearestMemberIsLookedForAmongTheMostRecentOnly() {
        StoryClusterer c = new StoryClusterer(EMBEDDING_ONLY, 0.5);
        float[] first = TestVectors.along(8, 0, 1, 0f);
        c.place(article("first", first), 0);
        for (int i = 1; i < StoryProfile.RECENT; i++) {
            c.place(article("m" + i, TestVectors.along(8, 2, 3, 0.1f)), 0);
        }
        AnnotatedArticle probe = article("probe", first);
        assertThat(c.evidence(probe).get(0).nearest()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        c.place(article("m" + StoryProfile.RECENT, TestVectors.along(8, 2, 3, 0.1f)), 0);
        // the first member is now the 17th most recent: only the others count
        assertThat(c.evidence(probe).get(0).nearest()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-6));
    }
}
