package dev.parallax.core.annotate.time;

import java.util.List;
import java.util.Objects;

/**
 * The time expressions of an article: a {@link TimeTagger}'s, then Parallax's corrections
 * ({@link TimeCorrections}). The single entry point of the time annotation; thread-safe when its
 * tagger is.
 */
public final class TimeAnnotator {
    private final TimeTagger tagger;

    public TimeAnnotator(TimeTagger tagger) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    /**
     * The time expressions of {@code text}, in text order with spans into it, normalised against
     * {@code anchor} (null when the publication date is unknown: relative expressions then keep
     * unresolved values). Empty when the tagger does not read {@code language} (null means unknown
     * and is tried).
     */
    public List<TimeExpression> annotate(String text, TimeAnchor anchor, String language) {
        Objects.requireNonNull(text, "text");
        if (!tagger.reads(language)) {
            return List.of();
        }
        return TimeCorrections.apply(text, anchor, tagger.tag(text, anchor));
    }
}
