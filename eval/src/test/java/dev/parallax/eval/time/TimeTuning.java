package dev.parallax.eval.time;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.annotate.time.Precision;
import dev.parallax.core.annotate.time.TimeAnchor;
import dev.parallax.core.annotate.time.TimeCorrections;
import dev.parallax.core.annotate.time.TimeExpression;
import dev.parallax.core.annotate.time.TimeTagger;
import dev.parallax.core.annotate.time.TimexType;
import dev.parallax.core.pipeline.ProgressListener;
import dev.parallax.eval.EvalReport;
import dev.parallax.nlp.NlpModels;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For tuning runs only ({@code java -cp … TimeTuning DATA [SET]}): the time evaluation with SUTime's
 * output cached under /tmp, so that changes to {@link TimeCorrections} are measured in seconds; writes
 * the errors of the named set (TimeBank by default) to /tmp/time-errors.tsv.
 */
final class TimeTuning {
    private static final Path CACHE = Path.of("/tmp/parallax-sutime-cache.tsv");

    private TimeTuning() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        String set = args.length > 1 ? args[1] : "TimeBank";
        TimeTagger tagger = new CachingTagger();
        EvalReport report = new TimeEvaluation(() -> tagger).run(data, ProgressListener.NONE);
        ((CachingTagger) tagger).save();
        System.out.print(report.toTable());
        List<TimeMlDocument> docs = TimeMlDocument.readAll(data.resolve("tempeval3").resolve(set));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of("/tmp/time-errors.tsv")))) {
            out.println("doc\tdct\tkind\tgold_text\tgold_type\tgold_value\tsys_text\tsys_type\tsys_value\tcontext");
            for (TimeEvaluation.Outcome o : TimeEvaluation.outcomes(docs, tagger, ProgressListener.NONE)) {
                dump(out, o);
            }
        }
    }

    private static void dump(PrintWriter out, TimeEvaluation.Outcome o) {
        List<TimeExpression> sys = o.parallax();
        List<GoldTimex> gold = o.doc().timexes();
        boolean[] usedSys = new boolean[sys.size()];
        boolean[] usedGold = new boolean[gold.size()];
        String text = o.doc().text();
        for (TimexMatcher.Pair p : TimexMatcher.pairs(sys, gold)) {
            usedSys[p.system()] = true;
            usedGold[p.gold()] = true;
            TimeExpression s = sys.get(p.system());
            GoldTimex g = gold.get(p.gold());
            String kind = !TimexValues.same(s.value(), g.value()) ? "value" : !g.type().equals(s.type().name()) ? "type"
                    : !g.span().equals(s.span()) ? "span" : null;
            if (kind != null) {
                line(out, o, kind, g, s, text);
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!usedGold[i]) {
                line(out, o, "missed", gold.get(i), null, text);
            }
        }
        for (int i = 0; i < sys.size(); i++) {
            if (!usedSys[i]) {
                line(out, o, "spurious", null, sys.get(i), text);
            }
        }
    }

    private static void line(PrintWriter out, TimeEvaluation.Outcome o, String kind, GoldTimex g, TimeExpression s,
                             String text) {
        Span at = g != null ? g.span() : s.span();
        String ctx = text.substring(Math.max(0, at.start() - 60), Math.min(text.length(), at.end() + 40))
                .replaceAll("\\s+", " ");
        out.println(String.join("\t", o.doc().id(), o.doc().creationTime(), kind,
                g == null ? "" : g.span().of(text).replaceAll("\\s+", " "), g == null ? "" : g.type(), g == null ? "" : g.value(),
                s == null ? "" : s.text().replaceAll("\\s+", " "), s == null ? "" : s.type().name(),
                s == null ? "" : String.valueOf(s.value()), ctx));
    }

    /** SUTime's output, kept in /tmp between runs (keyed by text hash and anchor). */
    private static final class CachingTagger implements TimeTagger {
        private final Map<String, List<TimeExpression>> cache = new HashMap<>();
        private TimeTagger real;
        private boolean dirty;

        CachingTagger() throws Exception {
            if (Files.exists(CACHE)) {
                for (String line : Files.readAllLines(CACHE)) {
                    String[] f = line.split("\t", -1);
                    List<TimeExpression> l = cache.computeIfAbsent(f[0], k -> new ArrayList<>());
                    if (f.length > 1 && !f[1].isEmpty()) {
                        String value = f[5].equals("null") ? null : f[5];
                        l.add(new TimeExpression(new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2])),
                                f[3].replace("\\n", "\n"), TimexType.valueOf(f[4]), value, Precision.of(value), null));
                    }
                }
            }
        }

        @Override
        public boolean reads(String language) {
            return true;
        }

        @Override
        public List<TimeExpression> tag(String text, TimeAnchor anchor) {
            String key = text.hashCode() + "@" + anchor.date();
            List<TimeExpression> hit = cache.get(key);
            if (hit == null) {
                if (real == null) {
                    real = NlpModels.times();
                }
                hit = real.tag(text, anchor);
                cache.put(key, hit);
                dirty = true;
            }
            return List.copyOf(hit);
        }

        void save() throws Exception {
            if (!dirty) {
                return;
            }
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(CACHE))) {
                cache.forEach((k, l) -> {
                    out.println(k);
                    for (TimeExpression t : l) {
                        out.println(String.join("\t", k, String.valueOf(t.span().start()), String.valueOf(t.span().end()),
                                t.text().replace("\n", "\\n"), t.type().name(), String.valueOf(t.value())));
                    }
                });
            }
        }
    }
}
