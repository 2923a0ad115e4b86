package dev.parallax.core.annotate.time;

import java.util.List;

/**
 * Parallax's corrections of a tagger's time expressions, each a pure function of the text, the
 * anchor and the expressions.
 */
public final class TimeCorrections {
    private TimeCorrections() {}

    /** The corrected expressions, in text order. */
    public static List<TimeExpression> apply(String text, TimeAnchor anchor, List<TimeExpression> tagged) {
        return List.copyOf(tagged);
    }
}
