package dev.parallax.core.annotate;

import java.util.List;

/**
 * Maps texts to dense vectors of unit length, so that the dot product is the cosine similarity.
 * Implementations must handle texts longer than their model's window by chunking and pooling,
 * never by silent truncation. Thread-safe.
 */
public interface Embedder {
    /** One unit vector per text, in order; all of {@link #dimensions()} length. */
    float[][] embed(List<String> texts);

    int dimensions();
}
