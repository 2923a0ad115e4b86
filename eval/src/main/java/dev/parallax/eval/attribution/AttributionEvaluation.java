package dev.parallax.eval.attribution;

import dev.parallax.core.annotate.SentenceSplitter;
import dev.parallax.core.annotate.attribution.Attribution;
import dev.parallax.core.annotate.attribution.AttributionExtractor;
import dev.parallax.core.pipeline.ProgressListener;
import dev.parallax.eval.Bootstrap;
import dev.parallax.eval.EvalReport;
import dev.parallax.eval.Evaluation;
import dev.parallax.eval.attribution.SpanMatch.Mode;
import dev.parallax.nlp.NlpModels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code parallax eval attribution}: attributions of the PolNeAR news articles (dev, and train
 * for reference), for {@link AttributionExtractor} and a quotation-mark baseline. Precision,
 * recall and F1 of content, source and cue spans and of whole triples, each with exact and
 * overlap matching ({@link SpanMatch}), summed over all attributions of the split. The rules were
 * developed on train; dev is the reported number.
 */
public final class AttributionEvaluation implements Evaluation {
    static final String FOLDER = "polnear";
    static final String DEV = "polnear-dev";
    static final String TRAIN = "polnear-train";

    private final SentenceSplitter sentences;

    public AttributionEvaluation() {
        this(null);
    }

    /** With the given sentence splitter; null uses the bundled OpenNLP model on first use. */
    AttributionEvaluation(SentenceSplitter sentences) {
        this.sentences = sentences;
    }

    @Override
    public String name() {
        return "attribution";
    }

    @Override
    public String description() {
        return "Quotes and attributions (PolNeAR dev): content, source, cue and triple span F1, exact and overlap.";
    }

    @Override
    public List<String> datasets() {
        return List.of(FOLDER);
    }

    @Override
    public EvalReport run(Path dataRoot, ProgressListener progress) throws IOException {
        SentenceSplitter splitter = sentences != null ? sentences : NlpModels.sentences();
        EvalReport.Builder report = EvalReport.builder(name());
        int devArticles = 0;
        int trainArticles = 0;
        for (String dataset : List.of(DEV, TRAIN)) {
            List<PolnearArticle> articles = PolnearArticle.readSplit(dataRoot.resolve(FOLDER).resolve(dataset.substring(FOLDER.length() + 1)));
            progress.start("attribution " + dataset, articles.size());
            List<AttributionCounts> parallax = new ArrayList<>();
            List<AttributionCounts> baseline = new ArrayList<>();
            for (PolnearArticle a : articles) {
                List<Triple> predicted = AttributionExtractor.standard().extract(a.text(), splitter.split(a.text()))
                        .stream().map(AttributionEvaluation::triple).toList();
                parallax.add(AttributionCounts.of(a.text(), a.gold(), predicted));
                baseline.add(AttributionCounts.of(a.text(), a.gold(), QuoteBaseline.extract(a.text())));
                progress.step();
            }
            put(report, dataset, "parallax", parallax, true);
            put(report, dataset, "quote_baseline", baseline, false);
            if (dataset.equals(DEV)) {
                devArticles = articles.size();
            } else {
                trainArticles = articles.size();
            }
        }
        report.note(String.format(Locale.ROOT, "%d dev and %d train articles, one annotator's file per article; "
                        + "the rules were developed on train only, dev is the reported number", devArticles, trainArticles))
                .note("exact: same characters once edge whitespace and punctuation are trimmed; overlap: a shared letter "
                        + "or digit (two cues of punctuation alone, a headline's colon: a shared character); one-to-one greedy matching; a triple matches when content, cue and source all match "
                        + "(two absent sources match)")
                .note("*_f1_se: bootstrap standard error over articles (1000 resamples, seed 42)")
                .note("quote_baseline: text in double quotation marks, the nearest say-type word, the nearest capitalised run");
        return report.build();
    }

    static Triple triple(Attribution a) {
        return new Triple(a.source() == null ? List.of() : List.of(a.source()), List.of(a.cue()), a.content());
    }

    private static void put(EvalReport.Builder report, String dataset, String system, List<AttributionCounts> perArticle,
                            boolean withErrors) {
        AttributionCounts sum = perArticle.stream().reduce(AttributionCounts.zero(), AttributionCounts::plus);
        for (int part = 0; part < AttributionCounts.PARTS.size(); part++) {
            for (Mode mode : Mode.values()) {
                String key = AttributionCounts.PARTS.get(part) + "_" + mode.name().toLowerCase(Locale.ROOT);
                report.put(dataset, system, key + "_precision", sum.precision(part, mode))
                        .put(dataset, system, key + "_recall", sum.recall(part, mode))
                        .put(dataset, system, key + "_f1", sum.f1(part, mode));
            }
        }
        if (withErrors) {
            report.put(dataset, system, "content_overlap_f1_se", se(perArticle, c -> c.f1(0, Mode.OVERLAP)))
                    .put(dataset, system, "triple_overlap_f1_se", se(perArticle, c -> c.f1(3, Mode.OVERLAP)));
        }
        report.put(dataset, system, "gold_attributions", sum.gold(3));
    }

    private static double se(List<AttributionCounts> perArticle, Function<AttributionCounts, Double> metric) {
        return Bootstrap.standardError(perArticle.size(), 1000, 42, idx -> {
            AttributionCounts s = AttributionCounts.zero();
            for (int i : idx) {
                s = s.plus(perArticle.get(i));
            }
            return metric.apply(s);
        });
    }
}
