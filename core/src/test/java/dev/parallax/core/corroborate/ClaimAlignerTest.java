package dev.parallax.core.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.TestVectors;
import dev.parallax.core.article.Article;
import dev.parallax.core.digest.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class ClaimAlignerTest {
    /** An article whose sentences have the given texts and vectors. */
    public static AnnotatedArticle article(String id, List<String> texts, List<float[]> vectors) {
        String text = String.join(" ", texts);
        List<Sentence> sentences = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < texts.size(); i++) {
            sentences.add(new Sentence(i, new Span(at, at + texts.get(i).length()), texts.get(i), vectors.get(i)));
            at += texts.get(i).length() + 1;
        }
        return new AnnotatedArticle(new Article(id, id, null, null, null, null, null, null, null, text), sentences, vectors.get(0));
    }

    @Test
    void alignsTheSameStatementAcrossArticlesAndCountsCopiesOnce() {
        float[] troops = TestVectors.along(6, 0, 1, 0.1f);
        float[] troops2 = TestVectors.along(6, 0, 2, 0.15f);
        float[] monument = TestVectors.along(6, 3, 4, 0.1f);
        AnnotatedArticle a = article("a", List.of("The army sent ten thousand troops north.", "A monument will be built in the capital."),
                List.of(troops, monument));
        AnnotatedArticle b = article("b", List.of("Ten thousand soldiers were sent north by the army."), List.of(troops2));
        AnnotatedArticle c = article("c", List.of("The army sent ten thousand troops north today."), List.of(troops));

        List<ClaimGroup> groups = new ClaimAligner(0.9).align(List.of(a, b, c), Map.of("c", "a"));

        assertThat(groups).hasSize(2);
        ClaimGroup first = groups.get(0);
        assertThat(first.articleIds()).containsExactly("a", "b", "c");
        assertThat(first.independentSources()).isEqualTo(2);
        assertThat(first.status()).isEqualTo(Claim.Status.CORROBORATED);
        assertThat(groups.get(1).status()).isEqualTo(Claim.Status.SINGLE_SOURCE);
        Claim claim = first.toClaim();
        assertThat(claim.sources()).allSatisfy(s -> assertThat(s.end()).isGreaterThan(s.start()));
        assertThat(a.article().text().substring(claim.sources().get(0).start(), claim.sources().get(0).end()))
                .isEqualTo("The army sent ten thousand troops north.");
    }

    @Test
    void questionsAndShortFragmentsAreNotStatements() {
        float[] v = TestVectors.along(4, 0, 1, 0.1f);
        AnnotatedArticle a = article("a", List.of("What happens to the troops next now?", "Read on."), List.of(v, v));
        assertThat(new ClaimAligner(0.9).align(List.of(a), Map.of())).isEmpty();
    }
}
