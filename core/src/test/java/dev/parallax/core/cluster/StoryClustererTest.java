package dev.parallax.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

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
}
