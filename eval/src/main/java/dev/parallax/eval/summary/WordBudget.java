package dev.parallax.eval.summary;

import java.util.ArrayList;
import java.util.List;

/** Cuts a summary, given as sentences, after exactly its first N words (runs of non-space characters). */
public final class WordBudget {
    private WordBudget() {}

    public static List<String> cut(List<String> sentences, int words) {
        List<String> out = new ArrayList<>();
        int left = words;
        for (String s : sentences) {
            if (left <= 0) {
                break;
            }
            String[] w = s.strip().split("\\s+");
            if (w.length == 1 && w[0].isEmpty()) {
                continue;
            }
            if (w.length <= left) {
                out.add(s.strip());
                left -= w.length;
            } else {
                out.add(String.join(" ", java.util.Arrays.asList(w).subList(0, left)));
                left = 0;
            }
        }
        return out;
    }

    /** Words of a sentence list. */
    public static int count(List<String> sentences) {
        return sentences.stream().mapToInt(dev.parallax.core.annotate.Words::count).sum();
    }
}
