package dev.parallax.core.annotate;

import java.util.Objects;

/**
 * A sentence of an article's cleaned text with its embedding.
 *
 * @param index position of the sentence in its article, from 0
 * @param span where it lies in the article text
 * @param text the sentence itself ({@code span.of(articleText)})
 * @param vector unit-length embedding; callers must not modify it
 */
public record Sentence(int index, Span span, String text, float[] vector) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(vector, "vector");
    }

    public int wordCount() {
        return Words.count(text);
    }
}
