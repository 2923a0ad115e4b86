package dev.parallax.eval.attribution;

import dev.parallax.core.annotate.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * How two (possibly discontinuous) spans of one text are compared.
 * <ul>
 *   <li><b>exact</b>: both cover the same characters once whitespace and punctuation at the
 *       edges of every fragment are trimmed (so "“Yes.”" and "Yes" are the same span, and a
 *       quote split by its cue matches its two fragments);</li>
 *   <li><b>overlap</b>: they share at least one character that is not whitespace or punctuation, or,
 *       where both hold punctuation alone (a headline's colon cue), any character.</li>
 * </ul>
 * Matching is one-to-one: {@link #pairs} pairs gold and predicted items greedily by overlap
 * size (ties by position), so one long prediction cannot match several gold spans.
 */
final class SpanMatch {
    private SpanMatch() {}

    enum Mode { EXACT, OVERLAP }

    static boolean matches(String text, List<Span> a, List<Span> b, Mode mode) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        if (mode == Mode.EXACT) {
            return trimmed(text, a).equals(trimmed(text, b));
        }
        // Two spans of punctuation alone (a headline's colon cue, "Name: statement") have no letter to share:
        // they match when they share a character.
        return overlap(text, a, b) > 0 || !hasLetterOrDigit(text, a) && !hasLetterOrDigit(text, b) && sharesCharacter(a, b);
    }

    private static boolean hasLetterOrDigit(String text, List<Span> spans) {
        for (Span s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sharesCharacter(List<Span> a, List<Span> b) {
        for (Span x : a) {
            for (Span y : b) {
                if (Math.max(x.start(), y.start()) < Math.min(x.end(), y.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Characters of {@code a} and {@code b} in common, whitespace and punctuation not counted. */
    static int overlap(String text, List<Span> a, List<Span> b) {
        int n = 0;
        for (Span x : a) {
            for (Span y : b) {
                int s = Math.max(x.start(), y.start());
                int e = Math.min(x.end(), y.end());
                for (int i = s; i < e; i++) {
                    if (Character.isLetterOrDigit(text.charAt(i))) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** The fragments with edge whitespace and punctuation trimmed, empty ones dropped, merged where they touch. */
    static List<Span> trimmed(String text, List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(java.util.Comparator.comparingInt(Span::start));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            int a = s.start();
            int b = s.end();
            while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
                a++;
            }
            while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
                b--;
            }
            if (a >= b) {
                continue;
            }
            if (!out.isEmpty() && text.substring(out.get(out.size() - 1).end(), Math.max(a, out.get(out.size() - 1).end()))
                    .chars().noneMatch(Character::isLetterOrDigit)) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), b)));
            } else {
                out.add(new Span(a, b));
            }
        }
        return out;
    }

    /** A pairing test between gold item {@code g} and predicted item {@code p}, with a strength for greedy order. */
    interface Pairing {
        /** Negative when the two do not match; otherwise higher pairs first. */
        int strength(int g, int p);
    }

    /** The number of one-to-one pairs found greedily, strongest first. */
    static int pairs(int golds, int preds, Pairing pairing) {
        List<int[]> candidates = new ArrayList<>();
        for (int g = 0; g < golds; g++) {
            for (int p = 0; p < preds; p++) {
                int s = pairing.strength(g, p);
                if (s >= 0) {
                    candidates.add(new int[] {s, g, p});
                }
            }
        }
        candidates.sort((x, y) -> x[0] != y[0] ? Integer.compare(y[0], x[0]) : x[1] != y[1] ? Integer.compare(x[1], y[1]) : Integer.compare(x[2], y[2]));
        boolean[] gUsed = new boolean[golds];
        boolean[] pUsed = new boolean[preds];
        int n = 0;
        for (int[] c : candidates) {
            if (!gUsed[c[1]] && !pUsed[c[2]]) {
                gUsed[c[1]] = true;
                pUsed[c[2]] = true;
                n++;
            }
        }
        return n;
    }
}
