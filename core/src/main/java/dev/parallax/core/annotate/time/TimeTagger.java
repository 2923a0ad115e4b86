package dev.parallax.core.annotate.time;

import java.util.List;

/**
 * Finds and normalises the time expressions of a text, as a model gives them (before
 * {@link TimeAnnotator}'s corrections). Implementations are thread-safe.
 */
public interface TimeTagger {
    /** True when the tagger reads text in this ISO 639-1 language. */
    boolean reads(String language);

    /**
     * The time expressions of {@code text}, in text order, not overlapping, each with a span into
     * {@code text}; relative ones are normalised against {@code anchor}.
     */
    List<TimeExpression> tag(String text, TimeAnchor anchor);
}
