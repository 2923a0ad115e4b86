package dev.parallax.store;

/**
 * One search result.
 *
 * @param kind "article" or "story"
 * @param id the article or story id
 * @param title its title or headline, null when it has none
 * @param score reciprocal-rank-fusion score of the full-text and vector rankings; higher is better
 */
public record SearchHit(String kind, String id, String title, double score) {}
