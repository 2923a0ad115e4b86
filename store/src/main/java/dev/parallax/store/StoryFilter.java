package dev.parallax.store;

import java.util.List;

/**
 * Which stories to list, newest change first. Null fields do not filter.
 *
 * @param since only stories changed at or after this ISO 8601 instant or date
 * @param entity only stories naming this entity (case-insensitive, whole name)
 * @param outlet only stories with an article from this outlet (case-insensitive)
 * @param ids only these stories (from a text query), or null for any
 * @param before only stories whose change number is below this (the cursor of the next page)
 * @param limit at most this many, 1 to 500
 */
public record StoryFilter(String since, String entity, String outlet, List<String> ids, Long before, int limit) {
    public StoryFilter {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1 to 500, not " + limit);
        }
        ids = ids == null ? null : List.copyOf(ids);
    }

    public static StoryFilter newest(int limit) {
        return new StoryFilter(null, null, null, null, null, limit);
    }
}
