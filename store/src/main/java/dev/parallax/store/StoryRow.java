package dev.parallax.store;

/**
 * What the story list shows of one stored story, without reading its view.
 *
 * @param id stable story id
 * @param headline the story's headline, null when it has none
 * @param lead the first sentence of its brief, null when it has none
 * @param articles number of member articles
 * @param outlets number of distinct outlets among them
 * @param independentSources articles that are not copies of another member
 * @param disputed whether a claim of the story is disputed or a discrepancy conflicts
 * @param createdAt ISO 8601 instant the story was first stored
 * @param updatedAt ISO 8601 instant of its last change
 * @param version the store-wide change number of its last change; higher is newer
 */
public record StoryRow(String id, String headline, String lead, int articles, int outlets, int independentSources,
                       boolean disputed, String createdAt, String updatedAt, long version) {}
