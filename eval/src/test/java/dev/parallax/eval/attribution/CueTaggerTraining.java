package dev.parallax.eval.attribution;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.attribution.Attribution;
import dev.parallax.core.annotate.attribution.AttributionExtractor;
import dev.parallax.core.annotate.attribution.CueTagger;
import dev.parallax.core.annotate.attribution.WeakCues;
import dev.parallax.eval.attribution.SpanMatch.Mode;
import dev.parallax.nlp.NlpModels;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Trains {@link CueTagger} on the PolNeAR train split only, run by hand:
 * <ul>
 *   <li>{@code … CueTaggerTraining TRAIN cv [EPOCHS]}: trains on four fifths of the train articles (by
 *       article) and scores the whole extractor on the held-out fifth at several thresholds;</li>
 *   <li>{@code … CueTaggerTraining TRAIN write THRESHOLD OUT.tsv.gz [EPOCHS]}: trains on all train
 *       articles and writes the model with the chosen threshold;</li>
 *   <li>{@code … CueTaggerTraining TRAIN time}: the extractor's time per article, rules alone and with the model;</li>
 *   <li>{@code … CueTaggerTraining TRAIN weak cv [THRESHOLD]}: counts each cue string's predictions and those overlapping a
 *       gold content on four fifths of train (with a model fitted on them) and scores the held-out fifth with the
 *       cue strings seen at least N times below precision p dropped ({@link WeakCues}), for a grid of N and p;</li>
 *   <li>{@code … CueTaggerTraining TRAIN weak write N P OUT.tsv}: the same counts on all of train with the bundled
 *       model, written as {@code weak-cues.tsv}.</li>
 * </ul>
 */
public final class CueTaggerTraining {
    private static final int MIN_COUNT = 2;

    private CueTaggerTraining() {}

    record Prepared(PolnearArticle article, List<Span> sentences) {}

    public static void main(String[] args) throws Exception {
        List<Prepared> articles = new ArrayList<>();
        for (PolnearArticle a : PolnearArticle.readSplit(Path.of(args[0]))) {
            articles.add(new Prepared(a, NlpModels.sentences().split(a.text())));
        }
        String mode = args[1];
        if (mode.equals("time")) {
            time(articles);
            return;
        }
        if (mode.equals("weak")) {
            weak(articles, args);
            return;
        }
        if (mode.equals("cv")) {
            int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
            List<Prepared> fit = new ArrayList<>();
            List<Prepared> held = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                (i % 5 == 4 ? held : fit).add(articles.get(i));
            }
            CueTagger tagger = train(fit, epochs, 0.5);
            System.out.println("features " + tagger.size() + "; held-out " + held.size() + " articles");
            score("rules", held, AttributionExtractor.rulesOnly());
            for (double th : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
                score(String.format(Locale.ROOT, "th %.2f", th), held, AttributionExtractor.withTagger(tagger.withThreshold(th)));
            }
            return;
        }
        double threshold = Double.parseDouble(args[2]);
        int epochs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        CueTagger tagger = train(articles, epochs, threshold);
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(Path.of(args[3]))), StandardCharsets.UTF_8)) {
            w.write(tagger.serialise());
        }
        System.out.println("wrote " + tagger.size() + " features to " + args[3]);
        score("train (fit)", articles, AttributionExtractor.withTagger(tagger));
    }

    /** Cue string → {predictions whose content overlaps a gold content, all predictions}, in a stable order. */
    static java.util.Map<String, int[]> cueCounts(List<Prepared> articles, AttributionExtractor extractor) {
        java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
        for (Prepared p : articles) {
            String text = p.article().text();
            for (Attribution a : extractor.extract(text, p.sentences())) {
                Triple t = AttributionEvaluation.triple(a);
                boolean hit = p.article().gold().stream().anyMatch(g -> SpanMatch.matches(text, g.content(), t.content(), Mode.OVERLAP));
                int[] c = counts.computeIfAbsent(WeakCues.key(text, a), k -> new int[2]);
                c[0] += hit ? 1 : 0;
                c[1]++;
            }
        }
        return counts;
    }

    static java.util.Set<String> weakCues(java.util.Map<String, int[]> counts, int minCount, double maxPrecision) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        counts.forEach((cue, c) -> {
            if (c[1] >= minCount && c[0] < maxPrecision * c[1]) {
                out.add(cue);
            }
        });
        return out;
    }

    static void weak(List<Prepared> articles, String[] args) throws java.io.IOException {
        if (args[2].equals("cv")) {
            List<Prepared> fit = new ArrayList<>();
            List<Prepared> held = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                (i % 5 == 4 ? held : fit).add(articles.get(i));
            }
            double threshold = args.length > 3 ? Double.parseDouble(args[3]) : 0.5;
            AttributionExtractor extractor = AttributionExtractor.withTagger(train(fit, 5, threshold));
            java.util.Map<String, int[]> counts = cueCounts(fit, extractor);
            score("none", held, extractor);
            for (int n : new int[] {5, 10, 20}) {
                for (double prec : new double[] {0.2, 0.3, 0.4, 0.5}) {
                    java.util.Set<String> weak = weakCues(counts, n, prec);
                    score(String.format(Locale.ROOT, "N %d p %.1f (%d)", n, prec, weak.size()), held,
                            extractor.withWeakCues(WeakCues.of(weak)));
                }
            }
            return;
        }
        int n = Integer.parseInt(args[3]);
        double prec = Double.parseDouble(args[4]);
        java.util.Map<String, int[]> counts = cueCounts(articles, AttributionExtractor.withTagger(CueTagger.standard()));
        java.util.Set<String> weak = weakCues(counts, n, prec);
        StringBuilder out = new StringBuilder();
        out.append("# Cue strings whose attributions are mostly false (WeakCues): an attribution with one of these cues is dropped\n")
                .append("# unless \"that\" follows the cue.\n")
                .append("# Made by CueTaggerTraining DATA/polnear/train weak write ").append(n).append(' ').append(prec)
                .append(" from PolNeAR v1.0.0 train only (research use, see cue-tagger.NOTICE.md),\n")
                .append("# with the rules and the bundled cue-tagger.tsv.gz: a cue string (its text in lower case) is listed when it\n")
                .append("# cued at least ").append(n).append(" predictions of which under ").append(prec)
                .append(" overlap a gold content; N and p chosen on four fifths of train, confirmed on the fifth held out.\n")
                .append("# cue <TAB> predictions overlapping a gold content <TAB> predictions\n");
        for (String cue : weak) {
            int[] c = counts.get(cue);
            out.append(cue).append('\t').append(c[0]).append('\t').append(c[1]).append('\n');
        }
        Files.writeString(Path.of(args[5]), out, StandardCharsets.UTF_8);
        System.out.println("wrote " + weak.size() + " weak cues to " + args[5]);
    }

    static CueTagger train(List<Prepared> articles, int epochs, double threshold) {
        List<CueTagger.Candidate> candidates = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (Prepared p : articles) {
            List<Span> cues = p.article().gold().stream().flatMap(g -> g.cue().stream()).toList();
            for (CueTagger.Candidate c : CueTagger.candidates(p.article().text(), p.sentences())) {
                candidates.add(c);
                labels.add(cues.stream().anyMatch(s -> s.start() < c.span().end() && c.span().start() < s.end()));
            }
        }
        List<CueTagger.Candidate> sources = new ArrayList<>();
        List<Boolean> sourceLabels = new ArrayList<>();
        for (Prepared p : articles) {
            // Attributions without a source too: every word before their cue is a negative example.
            List<Triple> withSource = p.article().gold();
            List<List<CueTagger.Candidate>> per = CueTagger.sourceCandidates(p.article().text(), p.sentences(),
                    withSource.stream().map(g -> g.cue().get(0)).toList());
            for (int i = 0; i < withSource.size(); i++) {
                List<Span> src = withSource.get(i).source();
                for (CueTagger.Candidate c : per.get(i)) {
                    sources.add(c);
                    sourceLabels.add(src.stream().anyMatch(s -> s.start() < c.span().end() && c.span().start() < s.end()));
                }
            }
        }
        System.out.println("cue candidates " + labels.size() + ", source candidates " + sources.size());
        return CueTagger.train(candidates, array(labels), sources, array(sourceLabels), epochs, MIN_COUNT, threshold);
    }

    private static boolean[] array(List<Boolean> labels) {
        boolean[] y = new boolean[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(i);
        }
        return y;
    }

    static void score(String label, List<Prepared> articles, AttributionExtractor extractor) {
        AttributionCounts sum = AttributionCounts.zero();
        for (Prepared p : articles) {
            List<Triple> pred = extractor.extract(p.article().text(), p.sentences()).stream().map(AttributionEvaluation::triple).toList();
            sum = sum.plus(AttributionCounts.of(p.article().text(), p.article().gold(), pred));
        }
        System.out.printf(Locale.ROOT, "%-12s content P %.3f R %.3f F1 %.4f | source F1 %.4f | cue F1 %.4f | triple P %.3f R %.3f F1 %.4f%n",
                label, sum.precision(0, Mode.OVERLAP), sum.recall(0, Mode.OVERLAP), sum.f1(0, Mode.OVERLAP), sum.f1(1, Mode.OVERLAP),
                sum.f1(2, Mode.OVERLAP), sum.precision(3, Mode.OVERLAP), sum.recall(3, Mode.OVERLAP), sum.f1(3, Mode.OVERLAP));
    }

    static void time(List<Prepared> articles) {
        for (AttributionExtractor e : List.of(AttributionExtractor.rulesOnly(), AttributionExtractor.standard())) {
            long best = Long.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                int n = 0;
                for (Prepared p : articles) {
                    List<Attribution> out = e.extract(p.article().text(), p.sentences());
                    n += out.size();
                }
                best = Math.min(best, System.nanoTime() - t0);
                if (n < 0) {
                    throw new AssertionError();
                }
            }
            System.out.printf(Locale.ROOT, "%s: %.2f ms per article (%d articles, best of 3)%n",
                    e == AttributionExtractor.rulesOnly() ? "rules" : "rules + tagger", best / 1e6 / articles.size(), articles.size());
        }
    }
}
