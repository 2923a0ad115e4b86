package dev.parallax.eval.time;

import dev.parallax.core.annotate.time.TimeAnchor;
import dev.parallax.core.annotate.time.TimeCorrections;
import dev.parallax.core.annotate.time.TimeExpression;
import dev.parallax.core.annotate.time.TimeTagger;
import dev.parallax.core.pipeline.ProgressListener;
import dev.parallax.eval.Bootstrap;
import dev.parallax.eval.EvalReport;
import dev.parallax.eval.Evaluation;
import dev.parallax.nlp.NlpModels;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code parallax eval time}: time expressions of TempEval-3's TimeBank and AQUAINT documents
 * against their TIMEX3 annotations, normalised against each document's creation time — span
 * precision, recall and F1 (strict and relaxed), type accuracy and value F1, for Parallax
 * ({@link TimeCorrections} over SUTime) and for SUTime as CoreNLP gives it.
 *
 * <p>The corrections were first written looking at errors on TimeBank only, later at AQUAINT's
 * too; each set is reported on its own and both as one.
 */
public final class TimeEvaluation implements Evaluation {
    static final String FOLDER = "tempeval3";
    static final String TIMEBANK = "tempeval3-timebank";
    static final String AQUAINT = "tempeval3-aquaint";
    /** Both sets as one: TempEval-3's whole training data, every expression counted once. */
    static final String BOTH = "tempeval3-both";

    private final Supplier<TimeTagger> tagger;

    public TimeEvaluation() {
        this(NlpModels::times);
    }

    TimeEvaluation(Supplier<TimeTagger> tagger) {
        this.tagger = Objects.requireNonNull(tagger);
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public String description() {
        return "Time expressions (TempEval-3 TimeBank and AQUAINT): span F1, type accuracy, value F1.";
    }

    @Override
    public List<String> datasets() {
        return List.of(FOLDER);
    }

    /** One document's gold and both systems' expressions. */
    record Outcome(TimeMlDocument doc, List<TimeExpression> sutime, List<TimeExpression> parallax) {}

    @Override
    public EvalReport run(Path dataRoot, ProgressListener progress) throws IOException {
        List<TimeMlDocument> timebank = TimeMlDocument.readAll(dataRoot.resolve(FOLDER).resolve("TimeBank"));
        List<TimeMlDocument> aquaint = TimeMlDocument.readAll(dataRoot.resolve(FOLDER).resolve("AQUAINT"));
        progress.start("time", timebank.size() + aquaint.size());
        TimeTagger t = tagger.get();
        List<Outcome> tb = outcomes(timebank, t, progress);
        List<Outcome> aq = outcomes(aquaint, t, progress);
        EvalReport.Builder report = EvalReport.builder(name());
        put(report, TIMEBANK, tb);
        put(report, AQUAINT, aq);
        put(report, BOTH, java.util.stream.Stream.concat(tb.stream(), aq.stream()).toList());
        report.note(timebank.size() + " TimeBank and " + aquaint.size() + " AQUAINT documents (TempEval-3 training data, "
                        + count(tb) + " and " + count(aq) + " gold TIMEX3s in the text); each read against its creation time")
                .note("strict: equal spans; relaxed: overlapping spans, one to one; type and value judged on relaxed matches")
                .note("value_f1 combines right values over system and over gold expressions; *_se: bootstrap standard error over documents")
                .note("values are compared in canonical TIMEX3 form: a decade written 198X is 198, a week written 2000-W7 is 2000-W07")
                .note("Parallax's corrections were first written looking at TimeBank errors only; since 2026-11-21 also at AQUAINT's, "
                        + "so neither set is held out any more")
                .note("sutime: SUTime's own annotator in CoreNLP 4.5.10 as Parallax runs it (no part-of-speech tags, only sentences with a time cue), "
                        + "read against the same creation time, uncorrected; with part-of-speech tags it scores about 0.036 value F1 more");
        return report.build();
    }

    static List<Outcome> outcomes(List<TimeMlDocument> docs, TimeTagger tagger, ProgressListener progress) {
        List<Outcome> out = new ArrayList<>(docs.size());
        for (TimeMlDocument d : docs) {
            TimeAnchor anchor = anchor(d);
            List<TimeExpression> raw = tagger.tag(d.text(), anchor);
            out.add(new Outcome(d, raw, TimeCorrections.apply(d.text(), anchor, raw)));
            progress.step();
        }
        return out;
    }

    /** The creation time's day, with no zone: TimeML's creation times carry none. */
    static TimeAnchor anchor(TimeMlDocument d) {
        return new TimeAnchor(LocalDate.parse(d.creationTime().substring(0, 10)), null);
    }

    private static int count(List<Outcome> outcomes) {
        return outcomes.stream().mapToInt(o -> o.doc().timexes().size()).sum();
    }

    private static void put(EvalReport.Builder report, String dataset, List<Outcome> outcomes) {
        put(report, dataset, "parallax", outcomes, true);
        put(report, dataset, "sutime", outcomes, false);
    }

    private static void put(EvalReport.Builder report, String dataset, String system, List<Outcome> outcomes,
                            boolean corrected) {
        List<TimexScore> perDoc = outcomes.stream().map(o -> TimexMatcher.score(
                corrected ? o.parallax() : o.sutime(), o.doc().timexes())).toList();
        TimexScore s = perDoc.stream().reduce(TimexScore.empty(), TimexScore::plus);
        double valueSe = Bootstrap.standardError(perDoc.size(), 1000, 42, idx -> {
            TimexScore b = TimexScore.empty();
            for (int i : idx) {
                b = b.plus(perDoc.get(i));
            }
            return b.valueF1();
        });
        report.put(dataset, system, "strict_precision", s.strictPrecision())
                .put(dataset, system, "strict_recall", s.strictRecall())
                .put(dataset, system, "strict_f1", s.strictF1())
                .put(dataset, system, "relaxed_precision", s.relaxedPrecision())
                .put(dataset, system, "relaxed_recall", s.relaxedRecall())
                .put(dataset, system, "relaxed_f1", s.relaxedF1())
                .put(dataset, system, "type_accuracy", s.typeAccuracy())
                .put(dataset, system, "value_accuracy", s.valueAccuracy())
                .put(dataset, system, "value_f1", s.valueF1())
                .put(dataset, system, "value_f1_se", valueSe);
    }
}
