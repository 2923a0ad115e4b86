package dev.parallax.eval.attribution;

import dev.parallax.eval.attribution.SpanMatch.Mode;
import java.util.List;
import java.util.function.Function;

/**
 * Matched, predicted and gold counts of one article (or a sum of articles) for each part —
 * content, source, cue — and for whole triples, each under exact and overlap matching. A triple
 * matches when its content, cue and source all match (two absent sources match).
 *
 * @param counts {@code [part][mode][matched, predicted, gold]}, parts in {@link #PARTS} order
 */
record AttributionCounts(int[][][] counts) {
    static final List<String> PARTS = List.of("content", "source", "cue", "triple");

    static AttributionCounts of(String text, List<Triple> gold, List<Triple> predicted) {
        int[][][] c = new int[4][2][3];
        for (Mode mode : Mode.values()) {
            int m = mode.ordinal();
            c[0][m] = part(text, gold, predicted, Triple::content, mode);
            c[1][m] = part(text, gold, predicted, Triple::source, mode);
            c[2][m] = part(text, gold, predicted, Triple::cue, mode);
            int matched = SpanMatch.pairs(gold.size(), predicted.size(), (g, p) -> {
                Triple a = gold.get(g);
                Triple b = predicted.get(p);
                boolean ok = SpanMatch.matches(text, a.content(), b.content(), mode)
                        && SpanMatch.matches(text, a.cue(), b.cue(), mode)
                        && SpanMatch.matches(text, a.source(), b.source(), mode);
                return ok ? SpanMatch.overlap(text, a.content(), b.content()) : -1;
            });
            c[3][m] = new int[] {matched, predicted.size(), gold.size()};
        }
        return new AttributionCounts(c);
    }

    private static int[] part(String text, List<Triple> gold, List<Triple> predicted,
                              Function<Triple, List<dev.parallax.core.annotate.Span>> get, Mode mode) {
        List<List<dev.parallax.core.annotate.Span>> g = gold.stream().map(get).filter(s -> !s.isEmpty()).toList();
        List<List<dev.parallax.core.annotate.Span>> p = predicted.stream().map(get).filter(s -> !s.isEmpty()).toList();
        int matched = SpanMatch.pairs(g.size(), p.size(), (i, j) -> SpanMatch.matches(text, g.get(i), p.get(j), mode)
                ? SpanMatch.overlap(text, g.get(i), p.get(j)) : -1);
        return new int[] {matched, p.size(), g.size()};
    }

    static AttributionCounts zero() {
        return new AttributionCounts(new int[4][2][3]);
    }

    AttributionCounts plus(AttributionCounts o) {
        int[][][] c = new int[4][2][3];
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 2; b++) {
                for (int k = 0; k < 3; k++) {
                    c[a][b][k] = counts[a][b][k] + o.counts[a][b][k];
                }
            }
        }
        return new AttributionCounts(c);
    }

    double precision(int part, Mode mode) {
        int[] x = counts[part][mode.ordinal()];
        return x[1] == 0 ? 0 : (double) x[0] / x[1];
    }

    double recall(int part, Mode mode) {
        int[] x = counts[part][mode.ordinal()];
        return x[2] == 0 ? 0 : (double) x[0] / x[2];
    }

    double f1(int part, Mode mode) {
        double p = precision(part, mode);
        double r = recall(part, mode);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    int gold(int part) {
        return counts[part][0][2];
    }
}
