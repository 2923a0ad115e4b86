package dev.parallax.eval.time;

import dev.parallax.core.annotate.time.TimeExpression;
import java.util.List;

/**
 * Pairs a document's system time expressions with its gold ones, one to one: each gold expression
 * (in text order) takes the unpaired system expression with the same span, else the one that
 * overlaps it most (the earlier on ties).
 */
final class TimexMatcher {
    private TimexMatcher() {}

    /** One pair: indices into the system and gold lists. */
    record Pair(int system, int gold) {}

    static List<Pair> pairs(List<TimeExpression> system, List<GoldTimex> gold) {
        boolean[] used = new boolean[system.size()];
        List<Pair> pairs = new java.util.ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldTimex gt = gold.get(g);
            int best = -1;
            int bestOverlap = 0;
            for (int s = 0; s < system.size(); s++) {
                if (used[s]) {
                    continue;
                }
                var sp = system.get(s).span();
                int overlap = Math.min(sp.end(), gt.span().end()) - Math.max(sp.start(), gt.span().start());
                if (sp.equals(gt.span())) {
                    overlap = Integer.MAX_VALUE;
                }
                if (overlap > bestOverlap) {
                    best = s;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                used[best] = true;
                pairs.add(new Pair(best, g));
            }
        }
        return pairs;
    }

    static TimexScore score(List<TimeExpression> system, List<GoldTimex> gold) {
        int strict = 0;
        int type = 0;
        int value = 0;
        List<Pair> pairs = pairs(system, gold);
        for (Pair p : pairs) {
            TimeExpression s = system.get(p.system());
            GoldTimex g = gold.get(p.gold());
            strict += s.span().equals(g.span()) ? 1 : 0;
            type += s.type().name().equals(g.type()) ? 1 : 0;
            value += TimexValues.same(s.value(), g.value()) ? 1 : 0;
        }
        return new TimexScore(system.size(), gold.size(), strict, pairs.size(), type, value);
    }
}
