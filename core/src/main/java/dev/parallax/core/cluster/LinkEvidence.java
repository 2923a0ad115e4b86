package dev.parallax.core.cluster;

/**
 * What speaks for an article belonging to a story.
 *
 * @param embedding cosine between the article vector and the story centroid
 * @param nearest highest cosine between the article vector and one member's vector
 * @param entities IDF-weighted cosine of the name-like terms
 * @param lead IDF-weighted cosine of the name-like terms of the title and lead (who and where of the event)
 * @param keywords TF-IDF cosine of the content words
 * @param days days between the article and the story's nearest-dated member, or NaN when either is undated
 */
public record LinkEvidence(double embedding, double nearest, double entities, double lead, double keywords, double days) {}
