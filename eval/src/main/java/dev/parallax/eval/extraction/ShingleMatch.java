package dev.parallax.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one extracted text matches its gold text, as the Zyte article-extraction benchmark counts it
 * ({@code evaluate.py}, {@code string_shingle_matching}): both texts are split into {@code \w+}
 * tokens (Unicode, case kept), every run of four tokens is a shingle (a text of fewer tokens is one
 * shingle of them all), shingles are counted as multisets, and true/false positives and false
 * negatives are normalised to sum 1 so that every page weighs the same.
 *
 * @param tp the share of shingles in both texts
 * @param fp the share only in the extracted text
 * @param fn the share only in the gold text
 */
public record ShingleMatch(double tp, double fp, double fn) {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** Compares {@code predicted} with {@code gold}; null texts count as empty. */
    public static ShingleMatch of(String gold, String predicted) {
        Map<List<String>, Integer> truth = shingles(gold);
        Map<List<String>, Integer> pred = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : pred.entrySet()) {
            int t = truth.getOrDefault(e.getKey(), 0);
            tp += Math.min(t, e.getValue());
            fp += Math.max(0, e.getValue() - t);
        }
        for (Map.Entry<List<String>, Integer> e : truth.entrySet()) {
            fn += Math.max(0, e.getValue() - pred.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
    }

    /** The page's precision, or NaN when it has nothing predicted (left out of the mean). */
    public double precision() {
        if (tp + fp == 0) {
            return Double.NaN;
        }
        return fp == 0 && fn == 0 ? 1 : tp / (tp + fp);
    }

    /** The page's recall, or NaN when its gold text is empty (left out of the mean). */
    public double recall() {
        if (tp + fn == 0) {
            return Double.NaN;
        }
        return fp == 0 && fn == 0 ? 1 : tp / (tp + fn);
    }

    /** The page's own F1 (0 when precision and recall are both 0 or undefined); for inspection only. */
    public double f1() {
        double p = precision();
        double r = recall();
        return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < last && !tokens.isEmpty(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + N))), 1, Integer::sum);
        }
        return counts;
    }
}
