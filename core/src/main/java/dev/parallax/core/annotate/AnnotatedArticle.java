package dev.parallax.core.annotate;

import dev.parallax.core.annotate.entity.ArticleEntity;
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
 * @param entities the entities it names, short forms linked to full names, with every mention
 *     (empty when no entity annotator ran)
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, float[] vector, List<TimeExpression> times,
                               List<ArticleEntity> entities) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(vector, "vector");
        times = List.copyOf(times);
        entities = List.copyOf(entities);
    }

    /** An article annotated without time expressions or entities. */
    public AnnotatedArticle(Article article, List<Sentence> sentences, float[] vector) {
        this(article, sentences, vector, List.of(), List.of());
    }

    /** An article annotated without entities. */
    public AnnotatedArticle(Article article, List<Sentence> sentences, float[] vector, List<TimeExpression> times) {
        this(article, sentences, vector, times, List.of());
    }

    /** The same article with only the given sentences (the rest left out of later stages). */
    public AnnotatedArticle withSentences(List<Sentence> kept) {
        return new AnnotatedArticle(article, kept, vector, times, entities);
    }

    public String id() {
        return article.id();
    }

    /** The sentence holding the character at {@code offset} of the text, or null when none does. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s;
            }
        }
        return null;
    }
}
