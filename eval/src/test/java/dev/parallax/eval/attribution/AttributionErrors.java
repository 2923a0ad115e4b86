package dev.parallax.eval.attribution;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.attribution.AttributionExtractor;
import dev.parallax.eval.attribution.SpanMatch.Mode;
import dev.parallax.nlp.NlpModels;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A development aid, run by hand on the train split only: the cues of missed gold attributions,
 * and samples of misses and of false predictions. {@code java … AttributionErrors DATA/polnear/train [N] [MODE]};
 * mode {@code cues} counts each predicted cue string's predictions that overlap a gold content and those that do not.
 */
public final class AttributionErrors {
    private AttributionErrors() {}

    public static void main(String[] args) throws Exception {
        List<PolnearArticle> articles = PolnearArticle.readSplit(Path.of(args[0]));
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String mode = args.length > 2 ? args[2] : "miss";
        String cueFilter = args.length > 3 ? args[3] : null;
        AttributionCounts sum = AttributionCounts.zero();
        int sentTotal = 0;
        int sentGold = 0;
        Map<String, Integer> missedCues = new HashMap<>();
        int shown = 0;
        Map<String, Integer> breakdown = new java.util.TreeMap<>();
        Map<String, int[]> cueCounts = new HashMap<>();
        for (PolnearArticle a : articles) {
            List<Triple> pred = AttributionExtractor.standard().extract(a.text(), NlpModels.sentences().split(a.text()))
                    .stream().map(AttributionEvaluation::triple).toList();
            sum = sum.plus(AttributionCounts.of(a.text(), a.gold(), pred));
            for (Triple g : a.gold()) {
                boolean hit = pred.stream().anyMatch(p -> SpanMatch.matches(a.text(), g.content(), p.content(), Mode.OVERLAP));
                boolean full = pred.stream().anyMatch(p -> SpanMatch.matches(a.text(), g.content(), p.content(), Mode.OVERLAP)
                        && SpanMatch.matches(a.text(), g.cue(), p.cue(), Mode.OVERLAP) && SpanMatch.matches(a.text(), g.source(), p.source(), Mode.OVERLAP));
                if (!hit) {
                    missedCues.merge(show(a.text(), g.cue()).toLowerCase(), 1, Integer::sum);
                }
                boolean wanted = cueFilter == null || show(a.text(), g.cue()).toLowerCase().equals(cueFilter);
                if (!wanted) {
                    continue;
                }
                if (mode.equals("miss") && !hit && shown < samples || mode.equals("part") && hit && !full && shown < samples) {
                    shown++;
                    System.out.println("GOLD " + describe(a.text(), g));
                    pred.stream().filter(p -> SpanMatch.matches(a.text(), g.content(), p.content(), Mode.OVERLAP))
                            .forEach(p -> System.out.println("PRED " + describe(a.text(), p)));
                    System.out.println("  in: " + context(a.text(), g));
                }
            }
            if (mode.equals("break")) {
                java.util.Set<Span> rulesCues = new java.util.HashSet<>();
                AttributionExtractor.rulesOnly().extract(a.text(), NlpModels.sentences().split(a.text())).forEach(x -> rulesCues.add(x.cue()));
                shown = breakdown(a.text(), a.gold(), pred, breakdown, samples, shown, cueFilter, rulesCues);
            }
            if (mode.equals("sent")) {
                for (Span sent : NlpModels.sentences().split(a.text())) {
                    List<Span> one = List.of(sent);
                    boolean predicted = pred.stream().anyMatch(p -> SpanMatch.overlap(a.text(), p.content(), one) > 0 || SpanMatch.overlap(a.text(), p.cue(), one) > 0);
                    if (predicted) {
                        continue;
                    }
                    sentTotal++;
                    List<Triple> golds = a.gold().stream().filter(g -> SpanMatch.overlap(a.text(), g.content(), one) > 0).toList();
                    if (!golds.isEmpty()) {
                        sentGold++;
                    }
                    if (shown < samples) {
                        shown++;
                        System.out.println((golds.isEmpty() ? "NONE " : "GOLD ") + sent.of(a.text()).replace('\n', '/'));
                        golds.forEach(g -> System.out.println("   " + describe(a.text(), g)));
                    }
                }
            }
            if (mode.equals("cues")) {
                for (Triple p : pred) {
                    boolean hit = a.gold().stream().anyMatch(g -> SpanMatch.matches(a.text(), g.content(), p.content(), Mode.OVERLAP));
                    String cue = show(a.text(), p.cue()).toLowerCase(java.util.Locale.ROOT);
                    cueCounts.computeIfAbsent(cue, k -> new int[2])[hit ? 0 : 1]++;
                }
            }
            if (mode.equals("false")) {
                for (Triple p : pred) {
                    boolean hit = a.gold().stream().anyMatch(g -> SpanMatch.matches(a.text(), g.content(), p.content(), Mode.OVERLAP));
                    boolean wanted = cueFilter == null || show(a.text(), p.cue()).toLowerCase().equals(cueFilter);
                    if (!hit && wanted && shown < samples) {
                        shown++;
                        System.out.println("FALSE " + describe(a.text(), p));
                    }
                }
            }
        }
        System.out.println(missedCues.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(100000)
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining("\n")));
        breakdown.forEach((k, v) -> System.out.println(v + "\t" + k));
        // mode "cues": each predicted cue string with its predictions whose content overlaps a gold one, and those that do not.
        cueCounts.entrySet().stream().sorted((x, y) -> y.getValue()[1] - x.getValue()[1])
                .forEach(e -> System.out.println("CUE\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\t" + e.getKey()));
        if (mode.equals("sent")) {
            System.out.println("sentences without a prediction: " + sentTotal + ", with gold content: " + sentGold);
        }
        for (int part = 0; part < AttributionCounts.PARTS.size(); part++) {
            System.out.printf(java.util.Locale.ROOT, "%-8s overlap P %.3f R %.3f F1 %.3f | exact F1 %.3f%n", AttributionCounts.PARTS.get(part),
                    sum.precision(part, Mode.OVERLAP), sum.recall(part, Mode.OVERLAP), sum.f1(part, Mode.OVERLAP), sum.f1(part, Mode.EXACT));
        }
    }

    /**
     * Each gold attribution by why its triple is missed: paired with the prediction whose content
     * overlaps it most, then whether the cue and the source of that prediction match; each false
     * prediction by whether its content overlaps any gold. {@code cueFilter} names a category to sample.
     */
    private static int breakdown(String text, List<Triple> gold, List<Triple> pred, Map<String, Integer> out, int samples,
                                 int shown, String sample, java.util.Set<Span> rulesCues) {
        for (Triple g : gold) {
            Triple best = null;
            int most = 0;
            for (Triple p : pred) {
                int o = SpanMatch.overlap(text, g.content(), p.content());
                if (o > most) {
                    most = o;
                    best = p;
                }
            }
            String key;
            if (best == null) {
                key = "gold: content missed" + (g.source().isEmpty() ? " (no gold source)" : "");
            } else {
                boolean cue = SpanMatch.matches(text, g.cue(), best.cue(), Mode.OVERLAP);
                boolean src = SpanMatch.matches(text, g.source(), best.source(), Mode.OVERLAP);
                String s = src ? "source ok" : g.source().isEmpty() ? "source predicted, gold none"
                        : best.source().isEmpty() ? "source none, gold has" : "source wrong";
                key = "gold: content hit, cue " + (cue ? "ok" : "wrong") + ", " + s;
            }
            boolean nested = gold.stream().anyMatch(o -> o != g && SpanMatch.overlap(text, o.content(), g.cue()) > 0);
            key += nested ? " [nested]" : "";
            out.merge(key, 1, Integer::sum);
            if (sample != null && key.contains(sample) && shown < samples) {
                shown++;
                System.out.println(key + "\n  GOLD " + describe(text, g) + (best == null ? "" : "\n  PRED " + describe(text, best))
                        + "\n  in: " + context(text, g));
            }
        }
        for (Triple p : pred) {
            boolean any = gold.stream().anyMatch(g -> SpanMatch.overlap(text, g.content(), p.content()) > 0);
            boolean full = gold.stream().anyMatch(g -> SpanMatch.matches(text, g.content(), p.content(), Mode.OVERLAP)
                    && SpanMatch.matches(text, g.cue(), p.cue(), Mode.OVERLAP) && SpanMatch.matches(text, g.source(), p.source(), Mode.OVERLAP));
            String cls = rulesCues.contains(p.cue().get(0)) ? "RULES" : "LEARNED";
            Triple g = gold.stream().max(java.util.Comparator.comparingInt(x -> SpanMatch.overlap(text, x.content(), p.content()))).orElse(null);
            String why = g == null ? "" : (SpanMatch.matches(text, g.cue(), p.cue(), Mode.OVERLAP) ? " cue ok" : " cue wrong")
                    + (SpanMatch.matches(text, g.source(), p.source(), Mode.OVERLAP) ? " src ok" : g.source().isEmpty() ? " src gold none" : " src wrong");
            String key = "pred " + cls + ": " + (full ? "triple ok" : any ? "content overlaps gold" + why : "content false") + (p.source().isEmpty() ? ", no source" : "");
            out.merge(key, 1, Integer::sum);
            if (sample != null && key.contains(sample) && shown < samples) {
                shown++;
                System.out.println(key + "\n  PRED " + describe(text, p));
            }
        }
        return shown;
    }

    private static String show(String text, List<Span> spans) {
        return spans.stream().map(s -> s.of(text)).collect(Collectors.joining(" | ")).replace('\n', ' ');
    }

    private static String describe(String text, Triple t) {
        String c = show(text, t.content());
        return "S=[" + show(text, t.source()) + "] C=[" + show(text, t.cue()) + "] T=[" + (c.length() > 150 ? c.substring(0, 150) + "…" : c) + "]";
    }

    private static String context(String text, Triple t) {
        int s = Math.max(0, t.cue().get(0).start() - 150);
        int e = Math.min(text.length(), t.cue().get(0).end() + 150);
        return text.substring(s, e).replace('\n', '/');
    }
}
