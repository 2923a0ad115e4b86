package dev.parallax.core.annotate.entity;

import java.util.List;
import java.util.Objects;

/**
 * One entity of an article: its fullest name there and every mention of it, short forms
 * ("Lula") linked to the full name ("Luiz Inácio Lula da Silva").
 *
 * @param name the fullest name the article gives it (for a state, its common name)
 * @param type its class
 * @param mentions its mentions in text order
 */
public record ArticleEntity(String name, EntityType type, List<EntityMention> mentions) {
    public ArticleEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
    }
}
