package dev.parallax.core.annotate;

import dev.parallax.core.annotate.time.TimeExpression;
import dev.parallax.core.article.Article;
import java.util.List;
import java.util.Objects;

/**
 * An article with what the annotate stage found in it.
 *
 * @param article the cleaned article (its {@code language} filled in)
 * @param sentences its sentences, in text order
 * @param vector unit-length embedding of the whole article: title and pooled body
 * @param times its time expressions normalised against its publication date, in text order
 *     (empty when no time annotator ran)
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, float[] vector, List<TimeExpression> times) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(vector, "vector");
        times = List.copyOf(times);
    }

    /** An article annotated without time expressions. */
    public AnnotatedArticle(Article article, List<Sentence> sentences, float[] vector) {
        this(article, sentences, vector, List.of());
    }

    public String id() {
        return article.id();
    }
}
