package dev.parallax.core.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An inverted index from terms to the stories holding them, which finds a new article's candidate
 * stories through its rarest terms: the cost of a look-up follows the length of a few short
 * posting lists, not the number of stories. Not thread-safe.
 */
final class TermIndex {
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final Map<Integer, Set<String>> indexed = new HashMap<>();
    private final int queryTerms;

    /** @param queryTerms how many of an article's rarest terms a look-up follows */
    TermIndex(int queryTerms) {
        this.queryTerms = queryTerms;
    }

    /** Records that the story holds these terms. */
    void add(int story, Set<String> terms) {
        Set<String> known = indexed.computeIfAbsent(story, k -> new java.util.HashSet<>());
        for (String t : terms) {
            if (known.add(t)) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(story);
            }
        }
    }

    /** Moves every term of story {@code from} to story {@code into}; {@code from} holds none after. */
    void move(int from, int into) {
        Set<String> terms = indexed.remove(from);
        if (terms == null) {
            return;
        }
        for (String t : terms) {
            postings.get(t).remove(Integer.valueOf(from));
        }
        add(into, terms);
    }

    /** The stories holding any of the article's {@code queryTerms} rarest indexed terms, in ascending order. */
    Set<Integer> candidates(Set<String> terms, DocumentFrequencies df) {
        List<String> rarest = terms.stream()
                .filter(postings::containsKey)
                .sorted(Comparator.comparingDouble((String t) -> -df.idf(t)).thenComparing(t -> t))
                .limit(queryTerms)
                .toList();
        Set<Integer> out = new TreeSet<>();
        for (String t : rarest) {
            out.addAll(postings.getOrDefault(t, List.of()));
        }
        return out;
    }
}
