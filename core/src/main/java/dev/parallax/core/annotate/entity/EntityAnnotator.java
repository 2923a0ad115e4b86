package dev.parallax.core.annotate.entity;

import java.util.List;
import java.util.Objects;

/**
 * The entities of an article: a {@link MentionTagger}'s mentions linked by {@link MentionLinker}.
 * The single entry point of entity annotation per article; merge a story's articles with
 * {@link EntityMerger}. Thread-safe when its tagger is.
 */
public final class EntityAnnotator {
    private final MentionTagger tagger;
    private final MentionLinker linker = new MentionLinker();

    public EntityAnnotator(MentionTagger tagger) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    /** The article's entities in order of first mention; empty when the tagger does not read {@code language} (null: tried). */
    public List<ArticleEntity> annotate(String text, String language) {
        Objects.requireNonNull(text, "text");
        if (!tagger.reads(language)) {
            return List.of();
        }
        return linker.link(text, tagger.tag(text));
    }
}
