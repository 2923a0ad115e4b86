package dev.parallax.store;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A story's new state, written in one transaction by {@link Store#saveStory}.
 *
 * @param id stable story id
 * @param headline headline, or null
 * @param lead first brief sentence, or null
 * @param outlets number of distinct outlets
 * @param independentSources articles that are not copies
 * @param disputed whether the story has a disputed claim or conflicting discrepancy
 * @param viewJson the story's full view as JSON (the digest's story object)
 * @param articleIds its member articles
 * @param entityKeys names to filter by (entities), any case
 * @param outletKeys outlets to filter by, any case
 * @param event what happened, for the story's history ("created", "article joined")
 */
public record StoryUpdate(String id, String headline, String lead, int outlets, int independentSources,
                          boolean disputed, String viewJson, List<String> articleIds, Set<String> entityKeys,
                          Set<String> outletKeys, String event) {
    public StoryUpdate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(viewJson, "viewJson");
        articleIds = List.copyOf(articleIds);
        entityKeys = Set.copyOf(entityKeys);
        outletKeys = Set.copyOf(outletKeys);
    }
}
