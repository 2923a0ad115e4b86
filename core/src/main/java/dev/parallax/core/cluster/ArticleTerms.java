package dev.parallax.core.cluster;

import java.util.Map;
import java.util.Objects;

/**
 * The sparse evidence of one article that story linking compares, besides its embedding.
 *
 * @param entities name-like terms (capitalised spans and their words, years) → sublinear term frequency
 * @param lead the name-like terms of the title and the first sentences → sublinear term frequency
 * @param keywords content words and numbers, lower-cased → sublinear term frequency
 * @param epochDay day of publication since 1970-01-01, or null when unknown
 */
public record ArticleTerms(Map<String, Double> entities, Map<String, Double> lead, Map<String, Double> keywords,
                           Long epochDay) {
    public ArticleTerms {
        entities = Map.copyOf(Objects.requireNonNull(entities, "entities"));
        lead = Map.copyOf(Objects.requireNonNull(lead, "lead"));
        keywords = Map.copyOf(Objects.requireNonNull(keywords, "keywords"));
    }
}
