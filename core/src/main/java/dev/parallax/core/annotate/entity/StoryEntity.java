package dev.parallax.core.annotate.entity;

import java.util.List;
import java.util.Objects;

/**
 * One entity of a story, merged across its articles.
 *
 * @param name the name most articles give it in full
 * @param type its class
 * @param aliases every distinct form it is named by, the name first, then in order of first use
 * @param articles the ids of the articles naming it, in the order given to the merger
 * @param mentions every mention, by article
 */
public record StoryEntity(String name, EntityType type, List<String> aliases, List<String> articles,
                          List<StoryMention> mentions) {
    public StoryEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        articles = List.copyOf(articles);
        mentions = List.copyOf(mentions);
    }

    /** A mention of the entity in one article. */
    public record StoryMention(String articleId, EntityMention mention) {}
}
