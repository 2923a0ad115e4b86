package dev.parallax.eval.summary;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Sentence;
import dev.parallax.core.annotate.Span;
import dev.parallax.core.article.Article;
import dev.parallax.core.digest.BriefSentence;
import dev.parallax.core.digest.SourceSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParallaxSummarizerTest {
    private static final String TEXT = "BERLIN (Reuters) - But the council approved the new budget on Tuesday after a long debate.";

    private static ClusterMaterial cluster() {
        float[] v = {1, 0};
        Article article = new Article("a", "c/0", null, null, null, null, null, null, null, TEXT);
        AnnotatedArticle annotated = new AnnotatedArticle(article,
                List.of(new Sentence(0, new Span(0, TEXT.length()), TEXT, v)), v);
        return new ClusterMaterial(new MultiNewsCluster("c", List.of(TEXT), "The council approved a budget."),
                List.of(annotated), Map.of(), v, List.of("The council approved a budget."));
    }

    @Test
    void acceptsASentenceThatIsItsCitedSpanWithATrimmedStartCapitalised() {
        int start = TEXT.indexOf("the council");
        BriefSentence b = new BriefSentence("The council approved the new budget on Tuesday after a long debate.", List.of("a"),
                List.of(new SourceSpan("a", start, TEXT.length())));

        assertThatCode(() -> ParallaxSummarizer.checkFaithful(cluster(), b)).doesNotThrowAnyException();
    }

    @Test
    void failsASentenceWhoseWordsAreNotItsCitedSpan() {
        int start = TEXT.indexOf("the council");
        BriefSentence changed = new BriefSentence("The council rejected the new budget on Tuesday after a long debate.",
                List.of("a"), List.of(new SourceSpan("a", start, TEXT.length())));
        BriefSentence uncited = new BriefSentence("The council approved the new budget on Tuesday after a long debate.",
                List.of("b"), List.of(new SourceSpan("a", start, TEXT.length())));
        BriefSentence unknown = new BriefSentence("The council approved the new budget on Tuesday after a long debate.",
                List.of("x"), List.of(new SourceSpan("x", 0, 10)));

        assertThatThrownBy(() -> ParallaxSummarizer.checkFaithful(cluster(), changed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not its source span");
        assertThatThrownBy(() -> ParallaxSummarizer.checkFaithful(cluster(), uncited))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ParallaxSummarizer.checkFaithful(cluster(), unknown))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown article");
    }
}
