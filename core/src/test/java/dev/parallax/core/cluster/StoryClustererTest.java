package dev.parallax.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.TestVectors;
import dev.parallax.core.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    static AnnotatedArticle article(String id, float[] v) {
        return new AnnotatedArticle(new Article(id, id, null, null, null, null, null, null, null, "text " + id), List.of(), v);
    }

    @Test
    void similarArticlesJoinAndDifferentOnesOpenStories() {
        List<AnnotatedArticle> arrivals = List.of(
                article("a1", TestVectors.along(8, 0, 1, 0.1f)),
                article("b1", TestVectors.along(8, 2, 3, 0.1f)),
                article("a2", TestVectors.along(8, 0, 4, 0.2f)),
                article("b2", TestVectors.along(8, 2, 5, 0.2f)),
                article("c1", TestVectors.along(8, 6, 7, 0.1f)));
        List<List<AnnotatedArticle>> stories = StoryClusterer.cluster(arrivals, 0.8);
        assertThat(stories).extracting(s -> s.stream().map(AnnotatedArticle::id).toList())
                .containsExactly(List.of("a1", "a2"), List.of("b1", "b2"), List.of("c1"));
    }

    @Test
    void thresholdOneKeepsEveryArticleApart() {
        List<AnnotatedArticle> arrivals = List.of(
                article("a1", TestVectors.along(4, 0, 1, 0.1f)), article("a2", TestVectors.along(4, 0, 1, 0.2f)));
        assertThat(StoryClusterer.cluster(arrivals, 1.0001)).hasSize(2);
    }
}
