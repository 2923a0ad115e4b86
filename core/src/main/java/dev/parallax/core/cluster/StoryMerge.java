package dev.parallax.core.cluster;

/**
 * Two stories found to be one: every member of {@code absorbed} moved into {@code into}, which is
 * the older of the two (so its id, taken from its first article, stays). Indices are in order of
 * creation, as {@link StoryClusterer#add} returns them.
 *
 * @param absorbed the story that ends, now empty
 * @param into the story that holds the members of both
 * @param probability the merge model's probability that the two are one story
 */
public record StoryMerge(int absorbed, int into, double probability) {}
