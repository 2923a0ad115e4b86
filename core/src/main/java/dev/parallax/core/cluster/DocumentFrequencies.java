package dev.parallax.core.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Document frequencies learned online: how many of the articles seen so far hold each term, and
 * the inverse document frequency that follows. Each term is interned once to a dense id
 * ({@link #id}), so story linking reads a term's frequency from an array rather than through a
 * map keyed by strings. Not thread-safe.
 */
public final class DocumentFrequencies {
    /** Document frequencies below this have their IDF kept between documents (most terms are rare). */
    private static final int CACHED = 4096;

    private final Map<String, Integer> ids = new HashMap<>();
    // the document frequency of each term id
    private int[] counts = new int[1024];
    private int documents;
    // the IDF of each small document frequency at the current document count, valid where its stamp
    // equals the count: story linking asks for the same few values thousands of times per article
    private final double[] idfOf = new double[CACHED];
    private final int[] stampOf = new int[CACHED];

    public DocumentFrequencies() {
        Arrays.fill(stampOf, -1);
    }

    /** Counts one more document holding these terms. */
    public void add(Set<String> terms) {
        documents++;
        for (String t : terms) {
            int id = id(t); // before reading counts: interning may grow the array
            counts[id]++;
        }
    }

    /**
     * The term's id, dense from 0 in order of first sight; a term not seen before gets the next one,
     * with a document frequency of 0 until a document holding it is added.
     */
    int id(String term) {
        Integer id = ids.get(term);
        if (id != null) {
            return id;
        }
        int next = ids.size();
        ids.put(term, next);
        if (next == counts.length) {
            counts = Arrays.copyOf(counts, next * 2);
        }
        return next;
    }

    /** Smoothed IDF, {@code ln((1 + N) / (1 + df)) + 1}: at least 1, highest for terms never seen. */
    public double idf(String term) {
        Integer id = ids.get(term);
        return idfOfCount(id == null ? 0 : counts[id]);
    }

    /** The IDF of the term with this id (from {@link #id}). */
    double idf(int id) {
        return idfOfCount(counts[id]);
    }

    private double idfOfCount(int f) {
        if (f >= CACHED) {
            return idfAt(f);
        }
        if (stampOf[f] != documents) {
            idfOf[f] = idfAt(f);
            stampOf[f] = documents;
        }
        return idfOf[f];
    }

    private double idfAt(int f) {
        return Math.log((1.0 + documents) / (1.0 + f)) + 1;
    }

    public int documents() {
        return documents;
    }
}
