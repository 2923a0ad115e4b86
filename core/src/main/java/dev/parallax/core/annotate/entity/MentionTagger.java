package dev.parallax.core.annotate.entity;

import java.util.List;

/** Finds the named-entity mentions of a text, as a model gives them. Implementations are thread-safe. */
public interface MentionTagger {
    /** True when the tagger reads text in this ISO 639-1 language. */
    boolean reads(String language);

    /** The mentions of {@code text}, in text order, not overlapping, each with a span into {@code text}. */
    List<EntityMention> tag(String text);
}
