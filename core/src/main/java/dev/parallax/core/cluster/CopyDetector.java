package dev.parallax.core.cluster;

import dev.parallax.core.article.Article;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds syndicated copies within a story: an article whose word 5-shingles overlap an earlier
 * article's by at least the threshold (Jaccard) is a copy of the earliest such article.
 * First version: exact shingle sets, quadratic in the story size.
 */
public final class CopyDetector {
    private static final int SHINGLE = 5;
    private final double threshold;

    public CopyDetector(double threshold) {
        this.threshold = threshold;
    }

    /** Maps the id of each copy to the id of the earliest article it copies; articles in story order. */
    public Map<String, String> copies(List<Article> inOrder) {
        Map<String, String> copyOf = new HashMap<>();
        List<Set<String>> shingles = inOrder.stream().map(a -> shingles(a.text())).toList();
        for (int i = 0; i < inOrder.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (!copyOf.containsKey(inOrder.get(j).id()) && jaccard(shingles.get(i), shingles.get(j)) >= threshold) {
                    copyOf.put(inOrder.get(i).id(), inOrder.get(j).id());
                    break;
                }
            }
        }
        return copyOf;
    }

    static Set<String> shingles(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= w.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + SHINGLE)));
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int inter = 0;
        for (String s : a) {
            if (b.contains(s)) {
                inter++;
            }
        }
        return inter / (double) (a.size() + b.size() - inter);
    }
}
