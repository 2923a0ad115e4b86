package dev.parallax.core.digest;

import java.util.List;

/**
 * A person, organisation or place named in a story, merged across its articles.
 *
 * @param name the name most articles give it in full
 * @param type person, organization, location or misc
 * @param aliases every distinct form it is named by, the name first
 * @param sources the ids of the articles naming it
 * @param mentions every mention, as a span of its article
 * @param forGovernment the mentions where a seat of government stands for its state ("Pyongyang said")
 */
public record Entity(String name, String type, List<String> aliases, List<String> sources, List<SourceSpan> mentions,
                     List<SourceSpan> forGovernment) {
    public Entity {
        aliases = List.copyOf(aliases);
        sources = List.copyOf(sources);
        mentions = List.copyOf(mentions);
        forGovernment = List.copyOf(forGovernment);
    }

    /** An entity without its mentions (for renderers' tests). */
    public Entity(String name, String type, List<String> aliases, List<String> sources) {
        this(name, type, aliases, sources, List.of(), List.of());
    }
}
