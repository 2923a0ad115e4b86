package dev.parallax.core.annotate.time;

import dev.parallax.core.annotate.Span;
import java.util.Objects;

/**
 * The interval a phrase such as "since last October", "between March and May" or "until Friday"
 * states, with the cue that makes it one. The bounds are TIMEX3 values; a null bound is open
 * ("since last October" has no end, "until Friday" no start).
 *
 * @param span the whole phrase, cue included, in the article text
 * @param cue the word that makes it a range ("since", "between", "from", "until", …), lower case
 * @param begin the start, or null when open
 * @param end the end, or null when open
 */
public record TimeRange(Span span, String cue, String begin, String end) {
    public TimeRange {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(cue, "cue");
        if (begin == null && end == null) {
            throw new IllegalArgumentException("a range needs at least one bound");
        }
    }

    /** True when one of the bounds is open. */
    public boolean open() {
        return begin == null || end == null;
    }
}
