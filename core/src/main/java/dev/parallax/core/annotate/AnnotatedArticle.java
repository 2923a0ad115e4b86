package dev.parallax.core.annotate;

import dev.parallax.core.article.Article;
import java.util.List;
import java.util.Objects;

/**
 * An article with what the annotate stage found in it.
 *
 * @param article the cleaned article (its {@code language} filled in)
 * @param sentences its sentences, in text order
 * @param vector unit-length embedding of the whole article: title and pooled body
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, float[] vector) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(vector, "vector");
    }

    public String id() {
        return article.id();
    }
}
