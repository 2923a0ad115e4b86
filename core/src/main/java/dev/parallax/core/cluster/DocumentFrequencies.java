package dev.parallax.core.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Document frequencies learned online: how many of the articles seen so far hold each term, and
 * the inverse document frequency that follows. Not thread-safe.
 */
public final class DocumentFrequencies {
    /** Document frequencies below this have their IDF kept between documents (most terms are rare). */
    private static final int CACHED = 4096;

    private final Map<String, Integer> df = new HashMap<>();
    private int documents;
    // the IDF of each small document frequency at the current document count, valid where its stamp
    // equals the count: story linking asks for the same few values thousands of times per article
    private final double[] idfOf = new double[CACHED];
    private final int[] stampOf = new int[CACHED];

    public DocumentFrequencies() {
        java.util.Arrays.fill(stampOf, -1);
    }

    /** Counts one more document holding these terms. */
    public void add(Set<String> terms) {
        documents++;
        terms.forEach(t -> df.merge(t, 1, Integer::sum));
    }

    /** Smoothed IDF, {@code ln((1 + N) / (1 + df)) + 1}: at least 1, highest for terms never seen. */
    public double idf(String term) {
        int f = df.getOrDefault(term, 0);
        if (f >= CACHED) {
            return idf(f);
        }
        if (stampOf[f] != documents) {
            idfOf[f] = idf(f);
            stampOf[f] = documents;
        }
        return idfOf[f];
    }

    private double idf(int f) {
        return Math.log((1.0 + documents) / (1.0 + f)) + 1;
    }

    public int documents() {
        return documents;
    }
}
