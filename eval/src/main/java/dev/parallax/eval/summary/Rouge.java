package dev.parallax.eval.summary;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE as ROUGE-1.5.5 computes it with {@code -m} (Porter stemming) and no stop-word removal
 * (Lin 2004): text lower-cased, every character outside {@code [a-z0-9]} a space, tokens longer
 * than three letters stemmed; ROUGE-N from clipped n-gram counts; ROUGE-L summary-level, from the
 * union LCS of each reference sentence with all candidate sentences (Lin 2004 §3.2), each token
 * counted at most as often as it occurs in both summaries. Thread-safe.
 */
public final class Rouge {
    private final PorterStemmer stemmer = new PorterStemmer();

    /** The tokens ROUGE sees in a text. */
    public List<String> tokens(String text) {
        String norm = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", " ");
        List<String> out = new ArrayList<>();
        for (String t : norm.split(" +")) {
            if (!t.isEmpty()) {
                out.add(t.length() > 3 ? stemmer.stem(t) : t);
            }
        }
        return out;
    }

    /** All three scores; both summaries given as their sentences. */
    public RougeScores score(List<String> candidate, List<String> reference) {
        List<List<String>> c = candidate.stream().map(this::tokens).filter(t -> !t.isEmpty()).toList();
        List<List<String>> r = reference.stream().map(this::tokens).filter(t -> !t.isEmpty()).toList();
        List<String> cFlat = c.stream().flatMap(List::stream).toList();
        List<String> rFlat = r.stream().flatMap(List::stream).toList();
        return new RougeScores(rougeN(cFlat, rFlat, 1), rougeN(cFlat, rFlat, 2), rougeL(c, r));
    }

    /** ROUGE-N: n-grams in common, each counted at most as often as in either side. */
    public RougeScore rougeN(List<String> candidate, List<String> reference, int n) {
        Map<String, Integer> c = ngrams(candidate, n);
        Map<String, Integer> r = ngrams(reference, n);
        long hits = 0;
        for (Map.Entry<String, Integer> e : r.entrySet()) {
            hits += Math.min(e.getValue(), c.getOrDefault(e.getKey(), 0));
        }
        return RougeScore.of(hits, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
    }

    static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }

    /** Summary-level ROUGE-L over tokenised sentences. */
    public RougeScore rougeL(List<List<String>> candidate, List<List<String>> reference) {
        Map<String, Integer> cLeft = counts(candidate);
        Map<String, Integer> rLeft = counts(reference);
        int hits = 0;
        for (List<String> ref : reference) {
            BitSet union = new BitSet(ref.size());
            for (List<String> cand : candidate) {
                union.or(lcsPositions(ref, cand));
            }
            for (int i = union.nextSetBit(0); i >= 0; i = union.nextSetBit(i + 1)) {
                String t = ref.get(i);
                if (cLeft.getOrDefault(t, 0) > 0 && rLeft.getOrDefault(t, 0) > 0) {
                    hits++;
                    cLeft.merge(t, -1, Integer::sum);
                    rLeft.merge(t, -1, Integer::sum);
                }
            }
        }
        int m = reference.stream().mapToInt(List::size).sum();
        int n = candidate.stream().mapToInt(List::size).sum();
        return RougeScore.of(hits, n, m);
    }

    private static Map<String, Integer> counts(List<List<String>> sentences) {
        Map<String, Integer> out = new HashMap<>();
        sentences.forEach(s -> s.forEach(t -> out.merge(t, 1, Integer::sum)));
        return out;
    }

    /** Positions in {@code a} of one longest common subsequence of {@code a} and {@code b}. */
    static BitSet lcsPositions(List<String> a, List<String> b) {
        int[][] len = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                len[i][j] = a.get(i - 1).equals(b.get(j - 1))
                        ? len[i - 1][j - 1] + 1 : Math.max(len[i - 1][j], len[i][j - 1]);
            }
        }
        BitSet out = new BitSet(a.size());
        int i = a.size();
        int j = b.size();
        while (i > 0 && j > 0) {
            if (a.get(i - 1).equals(b.get(j - 1))) {
                out.set(i - 1);
                i--;
                j--;
            } else if (len[i - 1][j] >= len[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
        return out;
    }
}
