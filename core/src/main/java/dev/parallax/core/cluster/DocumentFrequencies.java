package dev.parallax.core.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Document frequencies learned online: how many of the articles seen so far hold each term, and
 * the inverse document frequency that follows. Not thread-safe.
 */
public final class DocumentFrequencies {
    private final Map<String, Integer> df = new HashMap<>();
    private int documents;

    /** Counts one more document holding these terms. */
    public void add(Set<String> terms) {
        documents++;
        terms.forEach(t -> df.merge(t, 1, Integer::sum));
    }

    /** Smoothed IDF, {@code ln((1 + N) / (1 + df)) + 1}: at least 1, highest for terms never seen. */
    public double idf(String term) {
        return Math.log((1.0 + documents) / (1.0 + df.getOrDefault(term, 0))) + 1;
    }

    public int documents() {
        return documents;
    }
}
