package dev.parallax.eval.summary;

import dev.parallax.core.brief.BriefWriter;
import dev.parallax.core.pipeline.ProgressListener;
import dev.parallax.eval.CachedEmbedder;
import dev.parallax.eval.LogisticFit;
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
        if (args.length > 1 && args[1].equals("fit")) {
            fit(material, java.nio.file.Files.readAllLines(dir.resolve(args.length > 2 ? args[2] : "fit.txt")));
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
            var weights = new dev.parallax.core.brief.BriefWriter.Weights(0, v[0], v[1], v[2], v[3], v[4], v[5],
                    BriefWriter.Weights.tuned().quotation());
            var options = dev.parallax.core.pipeline.DigestOptions.defaults();
            if (v.length > 6) {
                options = new dev.parallax.core.pipeline.DigestOptions(options.briefWords(), options.storyModel(),
                        options.storyThreshold(), options.claimThreshold(), options.copyThreshold(), v[6],
                        options.figureThreshold(), options.denialThreshold(), options.quoteThreshold(), options.storyWindowDays());
            }
            Summarizer s = new ParallaxSummarizer(options, weights, dev.parallax.core.brief.SentenceScorer.fitted(), f[0]);
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

    /**
     * Fits {@code SentenceScorer} on the even clusters (and, to see how stable it is, on the odd
     * ones apart), labels from the greedy oracle at 260 words, then scores each line of the file
     * with the even fit: name label@λ learned centrality early support coverage perWord similarity.
     */
    private static void fit(List<ClusterMaterial> material, List<String> lines) {
        var options = dev.parallax.core.pipeline.DigestOptions.defaults();
        ParallaxSummarizer base = new ParallaxSummarizer(options);
        GreedyOracle oracle = new GreedyOracle();
        List<List<double[]>> rows = List.of(new ArrayList<>(), new ArrayList<>());
        // Labels: "oracle" 1 when a statement of the group is among the greedy oracle's choices;
        // "r2p" / "r1p" the shown text's ROUGE-2 / ROUGE-1 precision against the reference, over
        // the cluster's highest (soft labels).
        java.util.Map<String, List<List<Double>>> labels = new java.util.HashMap<>();
        for (String kind : List.of("oracle", "r2p", "r1p")) {
            labels.put(kind, List.of(new ArrayList<>(), new ArrayList<>()));
        }
        Rouge rouge = new Rouge();
        var writer = new dev.parallax.core.brief.BriefWriter(SummaryEvaluation.BUDGET, options.briefRedundancy());
        for (int i = 0; i < material.size(); i++) {
            ClusterMaterial m = material.get(i);
            java.util.Set<String> picked = new java.util.HashSet<>(oracle.summarize(m, SummaryEvaluation.BUDGET));
            List<String> ref = rouge.tokens(m.cluster().summary());
            var candidates = writer.features(base.groups(m), m.centroid(), ParallaxSummarizer.sentenceCounts(m),
                    ParallaxSummarizer.texts(m));
            double[] r1 = new double[candidates.size()];
            double[] r2 = new double[candidates.size()];
            for (int k = 0; k < candidates.size(); k++) {
                var c = candidates.get(k);
                rows.get(i % 2).add(c.features());
                labels.get("oracle").get(i % 2).add(c.statements().stream().anyMatch(picked::contains) ? 1.0 : 0.0);
                List<String> t = rouge.tokens(c.text());
                r1[k] = rouge.rougeN(t, ref, 1).precision();
                r2[k] = rouge.rougeN(t, ref, 2).precision();
            }
            double m1 = java.util.Arrays.stream(r1).max().orElse(1);
            double m2 = java.util.Arrays.stream(r2).max().orElse(1);
            for (int k = 0; k < candidates.size(); k++) {
                labels.get("r1p").get(i % 2).add(m1 > 0 ? r1[k] / m1 : 0);
                labels.get("r2p").get(i % 2).add(m2 > 0 ? r2[k] / m2 : 0);
            }
        }
        System.out.printf(Locale.ROOT, "rows even %d odd %d%n", rows.get(0).size(), rows.get(1).size());
        java.util.Map<String, double[]> fits = new java.util.HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            String kind = f[1].split("@")[0];
            double lambda = Double.parseDouble(f[1].split("@")[1]);
            double[] w = fits.computeIfAbsent(f[1], key -> {
                double[] even = LogisticFit.fitStandardised(rows.get(0), soft(labels.get(kind).get(0)), lambda);
                double[] odd = LogisticFit.fitStandardised(rows.get(1), soft(labels.get(kind).get(1)), lambda);
                System.out.println("fit " + key);
                for (int j = 0; j < even.length; j++) {
                    System.out.printf(Locale.ROOT, "  %-14s even %9.4f odd %9.4f%n",
                            j == 0 ? "intercept" : dev.parallax.core.brief.SentenceScorer.featureNames().get(j - 1), even[j], odd[j]);
                }
                StringBuilder code = new StringBuilder("  new SentenceScorer(" + String.format(Locale.ROOT, "%.4f", even[0]) + ", new double[] {");
                for (int j = 1; j < even.length; j++) {
                    code.append(String.format(Locale.ROOT, j == 1 ? "%.4f" : ", %.4f", even[j]));
                }
                System.out.println(code.append("})"));
                return even;
            });
            var scorer = new dev.parallax.core.brief.SentenceScorer(w[0], java.util.Arrays.copyOfRange(w, 1, w.length));
            double[] v = new double[8];
            v[7] = BriefWriter.Weights.tuned().quotation();
            for (int i = 0; i < 8 && i + 2 < f.length; i++) {
                v[i] = Double.parseDouble(f[i + 2]);
            }
            var weights = new dev.parallax.core.brief.BriefWriter.Weights(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
            report(material, new ParallaxSummarizer(options, weights, scorer, f[0]));
        }
    }

    private static void report(List<ClusterMaterial> material, Summarizer s) {
        Rouge rouge = new Rouge();
        double[][] sums = new double[2][3];
        int[] short_ = new int[2];
        for (int i = 0; i < material.size(); i++) {
            ClusterMaterial m = material.get(i);
            List<String> brief = s.summarize(m, SummaryEvaluation.BUDGET);
            if (WordBudget.count(brief) < SummaryEvaluation.BUDGET) {
                short_[i % 2]++;
            }
            RougeScores r = rouge.score(WordBudget.cut(brief, SummaryEvaluation.BUDGET), m.referenceSentences());
            sums[i % 2][0] += r.rouge1().f1();
            sums[i % 2][1] += r.rouge2().f1();
            sums[i % 2][2] += r.rougeL().f1();
        }
        int ne = (material.size() + 1) / 2;
        int no = material.size() / 2;
        System.out.printf(Locale.ROOT, "%-14s even %.2f %.2f %.2f | odd %.2f %.2f %.2f | all %.2f %.2f | short %d%n", s.name(),
                100 * sums[0][0] / ne, 100 * sums[0][1] / ne, 100 * sums[0][2] / ne,
                100 * sums[1][0] / no, 100 * sums[1][1] / no, 100 * sums[1][2] / no,
                100 * (sums[0][0] + sums[1][0]) / material.size(), 100 * (sums[0][1] + sums[1][1]) / material.size(),
                short_[0] + short_[1]);
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

    private static double[] soft(List<Double> labels) {
        return labels.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
