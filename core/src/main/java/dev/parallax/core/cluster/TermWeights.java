package dev.parallax.core.cluster;

import java.util.Arrays;
import java.util.Map;

/**
 * A sparse term-frequency vector over the term ids of one {@link DocumentFrequencies}: parallel
 * arrays of ids and summed weights in order of first insertion, with an open-addressing table from
 * id to slot. Story linking weighs every term by its current IDF many times per arrival; with the
 * ids interned once, a norm is a plain loop over arrays and a shared term one probe, where a map
 * keyed by strings cost a hash look-up (and a boxed value) for every term. Not thread-safe.
 */
final class TermWeights {
    private int[] ids;
    private double[] weights;
    private int size;
    // slot + 1 by hash of the id, 0 for empty; length a power of two, at most half full
    private int[] table;

    TermWeights() {
        this(4);
    }

    private TermWeights(int expected) {
        int capacity = Math.max(4, expected);
        ids = new int[capacity];
        weights = new double[capacity];
        table = new int[Integer.highestOneBit(capacity * 2 - 1) * 2];
    }

    /** The terms of {@code terms} with their weights, interned in {@code df} (unseen terms get ids, count 0). */
    static TermWeights of(Map<String, Double> terms, DocumentFrequencies df) {
        TermWeights out = new TermWeights(terms.size());
        terms.forEach((t, w) -> out.add(df.id(t), w));
        return out;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds {@code weight} to the term's weight (the term is added with it when absent). */
    void add(int id, double weight) {
        int mask = table.length - 1;
        int h = mix(id) & mask;
        while (table[h] != 0) {
            int slot = table[h] - 1;
            if (ids[slot] == id) {
                weights[slot] += weight;
                return;
            }
            h = (h + 1) & mask;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            weights = Arrays.copyOf(weights, size * 2);
        }
        ids[size] = id;
        weights[size] = weight;
        table[h] = ++size;
        if (size * 2 > table.length) {
            rehash();
        }
    }

    /** Adds every weight of {@code other} to this vector's. */
    void addAll(TermWeights other) {
        for (int i = 0; i < other.size; i++) {
            add(other.ids[i], other.weights[i]);
        }
    }

    /** The term's slot, or -1 when absent. */
    private int slot(int id) {
        int mask = table.length - 1;
        int h = mix(id) & mask;
        int s;
        while ((s = table[h]) != 0) {
            if (ids[s - 1] == id) {
                return s - 1;
            }
            h = (h + 1) & mask;
        }
        return -1;
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int slot = 0; slot < size; slot++) {
            int h = mix(ids[slot]) & mask;
            while (t[h] != 0) {
                h = (h + 1) & mask;
            }
            t[h] = slot + 1;
        }
        table = t;
    }

    private static int mix(int id) {
        return id * 0x9E3779B9 >>> 7 ^ id;
    }

    /** The Euclidean norm of the vector with every term weighted by its current IDF in {@code df}. */
    double norm(DocumentFrequencies df) {
        double s = 0;
        for (int i = 0; i < size; i++) {
            double w = weights[i] * df.idf(ids[i]);
            s += w * w;
        }
        return Math.sqrt(s);
    }

    /** Cosine of two vectors, each term weighted by its current IDF, their norms under {@code df} given. */
    static double cosine(TermWeights a, double normA, TermWeights b, double normB, DocumentFrequencies df) {
        if (a.size == 0 || b.size == 0) {
            return 0;
        }
        TermWeights small = a.size <= b.size ? a : b;
        TermWeights large = small == a ? b : a;
        double dot = 0;
        for (int i = 0; i < small.size; i++) {
            int slot = large.slot(small.ids[i]);
            if (slot >= 0) {
                double idf = df.idf(small.ids[i]);
                dot += small.weights[i] * large.weights[slot] * idf * idf;
            }
        }
        return dot == 0 ? 0 : dot / (normA * normB);
    }
}
