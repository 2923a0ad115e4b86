package dev.parallax.core.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index from terms to the open stories holding them, which finds a new article's
 * candidate stories through its rarest terms. A look-up follows at most {@code queryTerms} terms
 * and skips a term held by more than {@code maxPostings} open stories (it says little about which
 * story an article belongs to and would make the look-up linear in the stories); when more than
 * {@code maxCandidates} stories remain, those sharing the most IDF weight of the followed terms are
 * kept. So a look-up costs at most {@code queryTerms × maxPostings} steps, however long the stream.
 * Closed stories are removed ({@link #remove}), so memory follows the open stories. Not thread-safe.
 */
final class TermIndex {
    private final Map<String, Postings> postings = new HashMap<>();
    private final Map<Integer, Set<String>> indexed = new HashMap<>();
    private final int queryTerms;
    private final int maxPostings;
    private final int maxCandidates;

    /**
     * @param queryTerms how many of an article's rarest terms a look-up follows
     * @param maxPostings open stories a term may be held by and still be followed
     * @param maxCandidates most candidates a look-up returns
     */
    TermIndex(int queryTerms, int maxPostings, int maxCandidates) {
        this.queryTerms = queryTerms;
        this.maxPostings = maxPostings;
        this.maxCandidates = maxCandidates;
    }

    /** Records that the story holds these terms. */
    void add(int story, Set<String> terms) {
        Set<String> known = indexed.computeIfAbsent(story, k -> new HashSet<>());
        for (String t : terms) {
            if (known.add(t)) {
                postings.computeIfAbsent(t, k -> new Postings()).add(story);
            }
        }
    }

    /** Forgets the story: it is no longer a candidate. */
    void remove(int story) {
        Set<String> terms = indexed.remove(story);
        if (terms == null) {
            return;
        }
        for (String t : terms) {
            Postings p = postings.get(t);
            if (p != null && p.remove(story) && p.size == 0) {
                postings.remove(t);
            }
        }
    }

    /**
     * Moves every term of story {@code from} to story {@code into}, after a merge; {@code from} is
     * no longer a candidate.
     */
    void move(int from, int into) {
        Set<String> terms = indexed.get(from);
        if (terms == null) {
            return;
        }
        remove(from);
        add(into, terms);
    }

    /** Stories in the index. */
    int stories() {
        return indexed.size();
    }

    /**
     * The candidate stories for an article with these terms, in ascending order: those holding one
     * of its {@code queryTerms} rarest indexed terms (ties broken by the term), terms held by more
     * than {@code maxPostings} stories skipped, cut to the {@code maxCandidates} sharing the most
     * IDF weight (then the most recent).
     */
    int[] candidates(Set<String> terms, DocumentFrequencies df) {
        Query[] known = new Query[terms.size()];
        int n = 0;
        for (String t : terms) {
            Postings p = postings.get(t);
            if (p != null) {
                known[n++] = new Query(t, df.idf(t), p);
            }
        }
        Arrays.sort(known, 0, n, (a, b) -> a.idf != b.idf ? Double.compare(b.idf, a.idf) : a.term.compareTo(b.term));
        Map<Integer, double[]> shared = new HashMap<>();
        for (int i = 0; i < Math.min(n, queryTerms); i++) {
            Query q = known[i];
            if (q.postings.size > maxPostings) {
                continue;
            }
            for (int j = 0; j < q.postings.size; j++) {
                shared.computeIfAbsent(q.postings.stories[j], k -> new double[1])[0] += q.idf;
            }
        }
        int[] out = shared.keySet().stream().mapToInt(Integer::intValue).toArray();
        if (out.length > maxCandidates) {
            out = shared.entrySet().stream()
                    .sorted((a, b) -> a.getValue()[0] != b.getValue()[0]
                            ? Double.compare(b.getValue()[0], a.getValue()[0]) : Integer.compare(b.getKey(), a.getKey()))
                    .limit(maxCandidates).mapToInt(Map.Entry::getKey).toArray();
        }
        Arrays.sort(out);
        return out;
    }

    private record Query(String term, double idf, Postings postings) {}

    /** The stories holding one term, unordered. */
    private static final class Postings {
        int[] stories = new int[2];
        int size;

        void add(int story) {
            if (size == stories.length) {
                stories = Arrays.copyOf(stories, size * 2);
            }
            stories[size++] = story;
        }

        boolean remove(int story) {
            for (int i = 0; i < size; i++) {
                if (stories[i] == story) {
                    stories[i] = stories[--size];
                    if (size < stories.length / 4 && stories.length > 8) {
                        stories = Arrays.copyOf(stories, stories.length / 2);
                    }
                    return true;
                }
            }
            return false;
        }
    }
}
