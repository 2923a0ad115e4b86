package dev.parallax.core.annotate;

import java.util.List;

/**
 * Splits text into sentences. Implementations are thread-safe.
 * Spans are character offsets into the given text, in order, not overlapping, and trimmed of
 * surrounding whitespace.
 */
public interface SentenceSplitter {
    List<Span> split(String text);
}
