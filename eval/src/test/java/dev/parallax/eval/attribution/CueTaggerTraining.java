package dev.parallax.eval.attribution;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.attribution.Attribution;
import dev.parallax.core.annotate.attribution.AttributionExtractor;
import dev.parallax.core.annotate.attribution.CueTagger;
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
 *   <li>{@code … CueTaggerTraining TRAIN time}: the extractor's time per article, rules alone and with the model.</li>
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
        System.out.printf(Locale.ROOT, "%-12s content P %.3f R %.3f F1 %.3f | source F1 %.3f | cue F1 %.3f | triple P %.3f R %.3f F1 %.3f%n",
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
