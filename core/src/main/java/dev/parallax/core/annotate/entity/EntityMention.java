package dev.parallax.core.annotate.entity;

import dev.parallax.core.annotate.Span;
import java.util.Objects;

/**
 * One mention of a named entity in an article.
 *
 * @param span where it lies in the article text
 * @param text the mention itself ({@code span.of(text)})
 * @param type its class
 * @param forGovernment true when the mention is a seat of government standing for the state
 *     ("Pyongyang sent troops", "the Kremlin said"), so that it counts as the state, not the city
 */
public record EntityMention(Span span, String text, EntityType type, boolean forGovernment) {
    public EntityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    public EntityMention(Span span, String text, EntityType type) {
        this(span, text, type, false);
    }

    public EntityMention asGovernment() {
        return new EntityMention(span, text, type, true);
    }
}
