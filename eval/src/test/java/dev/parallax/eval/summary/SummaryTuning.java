package dev.parallax.eval.summary;

import dev.parallax.core.pipeline.ProgressListener;
import dev.parallax.eval.CachedEmbedder;
import dev.parallax.nlp.NlpModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * For tuning runs only ({@code java -cp … SummaryTuning DATA [systems|dump]}): the summary evaluation
 * with embeddings cached (in {@code parallax.eval.cache}, default {@code /tmp/eval-cache-summary}),
 * scored on the whole sample and on its even and odd clusters apart, so that a change tuned on one
 * half can be confirmed on the other.
 */
final class SummaryTuning {
    private SummaryTuning() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path dir = Path.of(System.getProperty("parallax.eval.cache", "/tmp/eval-cache-summary"));
        CachedEmbedder cache = CachedEmbedder.of(NlpModels.embedder(), dir.resolve("summary-tuning.bin"));
        SummaryEvaluation eval = new SummaryEvaluation(() -> cache);
        long t0 = System.nanoTime();
        List<MultiNewsCluster> clusters = MultiNewsCluster.read(data.resolve("multinews/validation-sample.jsonl"));
        List<ClusterMaterial> material = eval.annotate(clusters, ProgressListener.NONE);
        long t1 = System.nanoTime();
        if (args.length > 1 && args[1].equals("dump")) {
            dump(material, dir.resolve("sentences.tsv"));
            return;
        }
        if (args.length > 1 && args[1].equals("fill")) {
            Summarizer p = new ParallaxSummarizer(dev.parallax.core.pipeline.DigestOptions.defaults());
            Rouge rouge = new Rouge();
            for (ClusterMaterial m : material) {
                List<String> b = p.summarize(m, SummaryEvaluation.BUDGET);
                int total = m.sentences().stream().mapToInt(x -> x.wordCount()).sum();
                RougeScores r = rouge.score(WordBudget.cut(b, SummaryEvaluation.BUDGET), m.referenceSentences());
                System.out.printf(Locale.ROOT, "FILL %s %d %d %d %.3f%n", m.cluster().id(), WordBudget.count(b), total,
                        m.referenceWords(), r.rouge1().f1());
                for (String x : WordBudget.cut(b, SummaryEvaluation.BUDGET)) {
                    System.out.println("SENT\t" + m.cluster().id() + "\t" + x.replace('\n', ' '));
                }
            }
            return;
        }
        if (args.length > 1 && args[1].equals("grid")) {
            grid(material, java.nio.file.Files.readAllLines(dir.resolve(args.length > 2 ? args[2] : "grid.txt")));
            return;
        }
        List<Summarizer> systems = SummaryEvaluation.systems();
        if (args.length > 1) {
            List<String> names = List.of(args[1].split(","));
            systems = systems.stream().filter(s -> names.contains(s.name())).toList();
        }
        List<ClusterMaterial> even = new ArrayList<>();
        List<ClusterMaterial> odd = new ArrayList<>();
        for (int i = 0; i < material.size(); i++) {
            (i % 2 == 0 ? even : odd).add(material.get(i));
        }
        for (Summarizer s : systems) {
            var e = SummaryEvaluation.score(even, List.of(s), ProgressListener.NONE);
            var o = SummaryEvaluation.score(odd, List.of(s), ProgressListener.NONE);
            System.out.printf(Locale.ROOT, "%-12s even R1 %.2f R2 %.2f RL %.2f | odd R1 %.2f R2 %.2f RL %.2f | mean R1 %.2f R2 %.2f | reflen even %.2f odd %.2f%n",
                    s.name(), get(e, SummaryEvaluation.FIXED, s, "rouge1_f1"), get(e, SummaryEvaluation.FIXED, s, "rouge2_f1"),
                    get(e, SummaryEvaluation.FIXED, s, "rougeL_f1"), get(o, SummaryEvaluation.FIXED, s, "rouge1_f1"),
                    get(o, SummaryEvaluation.FIXED, s, "rouge2_f1"), get(o, SummaryEvaluation.FIXED, s, "rougeL_f1"),
                    (get(e, SummaryEvaluation.FIXED, s, "rouge1_f1") + get(o, SummaryEvaluation.FIXED, s, "rouge1_f1")) / 2,
                    (get(e, SummaryEvaluation.FIXED, s, "rouge2_f1") + get(o, SummaryEvaluation.FIXED, s, "rouge2_f1")) / 2,
                    get(e, SummaryEvaluation.REFLEN, s, "rouge1_f1"), get(o, SummaryEvaluation.REFLEN, s, "rouge1_f1"));
        }
        System.out.printf(Locale.ROOT, "annotate %.1f s, score %.1f s%n", (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    }

    /** Each line: name centrality early support coverage perWord similarity [redundancy]. */
    private static void grid(List<ClusterMaterial> material, List<String> lines) {
        Rouge rouge = new Rouge();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            double[] v = new double[f.length - 1];
            for (int i = 1; i < f.length; i++) {
                v[i - 1] = Double.parseDouble(f[i]);
            }
            var weights = new dev.parallax.core.brief.BriefWriter.Weights(v[0], v[1], v[2], v[3], v[4], v[5]);
            var options = dev.parallax.core.pipeline.DigestOptions.defaults();
            if (v.length > 6) {
                options = new dev.parallax.core.pipeline.DigestOptions(options.briefWords(), options.storyModel(),
                        options.storyThreshold(), options.claimThreshold(), options.copyThreshold(), v[6],
                        options.figureThreshold(), options.denialThreshold(), options.quoteThreshold());
            }
            Summarizer s = new ParallaxSummarizer(options, weights, f[0]);
            double[][] sums = new double[2][3];
            for (int i = 0; i < material.size(); i++) {
                ClusterMaterial m = material.get(i);
                RougeScores r = rouge.score(WordBudget.cut(s.summarize(m, SummaryEvaluation.BUDGET), SummaryEvaluation.BUDGET),
                        m.referenceSentences());
                sums[i % 2][0] += r.rouge1().f1();
                sums[i % 2][1] += r.rouge2().f1();
                sums[i % 2][2] += r.rougeL().f1();
            }
            int ne = (material.size() + 1) / 2;
            int no = material.size() / 2;
            System.out.printf(Locale.ROOT, "%-14s even %.2f %.2f %.2f | odd %.2f %.2f %.2f | all %.2f %.2f%n", f[0],
                    100 * sums[0][0] / ne, 100 * sums[0][1] / ne, 100 * sums[0][2] / ne,
                    100 * sums[1][0] / no, 100 * sums[1][1] / no, 100 * sums[1][2] / no,
                    100 * (sums[0][0] + sums[1][0]) / material.size(), 100 * (sums[0][1] + sums[1][1]) / material.size());
        }
    }

    private static double get(dev.parallax.eval.EvalReport r, String dataset, Summarizer s, String metric) {
        return r.get(dataset, s.name(), metric).orElse(Double.NaN);
    }

    private static void dump(List<ClusterMaterial> material, Path file) throws Exception {
        GreedyOracle oracle = new GreedyOracle();
        dev.parallax.core.brief.StandaloneFilter filter = new dev.parallax.core.brief.StandaloneFilter();
        try (var out = new java.io.PrintWriter(file.toFile(), "UTF-8")) {
            for (ClusterMaterial m : material) {
                java.util.Set<String> picked = new java.util.HashSet<>(oracle.summarize(m, 260));
                for (int a = 0; a < m.articles().size(); a++) {
                    var art = m.articles().get(a);
                    for (var s : art.sentences()) {
                        out.printf(java.util.Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%.4f\t%d\t%s%n", m.cluster().id(), a, s.index(),
                                art.sentences().size(), picked.contains(s.text()) ? 1 : 0,
                                dev.parallax.core.annotate.Vectors.dot(s.vector(), m.centroid()),
                                filter.standalone(s.text()).isPresent() ? 1 : 0, s.text().replace('\t', ' ').replace('\n', ' '));
                    }
                }
            }
        }
    }
}
