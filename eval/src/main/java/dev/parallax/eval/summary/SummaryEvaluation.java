package dev.parallax.eval.summary;

import dev.parallax.core.annotate.Annotator;
import dev.parallax.core.annotate.Embedder;
import dev.parallax.core.pipeline.DigestOptions;
import dev.parallax.core.pipeline.ProgressListener;
import dev.parallax.eval.EvalReport;
import dev.parallax.eval.CachedEmbedder;
import dev.parallax.eval.Evaluation;
import dev.parallax.nlp.NlpModels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code parallax eval summary}: Parallax's brief of each Multi-News cluster, taken as one story,
 * against the human summary, in ROUGE-1/2/L F1 ×100 (ROUGE-1.5.5 with stemming), at a fixed budget
 * of 260 words and at the reference's own length, beside lead, LexRank, TextRank and MMR baselines
 * on the same sentences and a greedy oracle for scale.
 */
public final class SummaryEvaluation implements Evaluation {
    static final String DATASET = "multinews";
    static final int BUDGET = 260;
    static final String FIXED = "multinews-260w";
    static final String REFLEN = "multinews-reflen";

    private final Supplier<Embedder> embedder;

    /** Embeds with the bundled model, its vectors cached when {@code parallax.eval.cache=DIR} is set. */
    public SummaryEvaluation() {
        this(() -> CachedEmbedder.fromProperty("summary-sentences.bin"));
    }

    /** With another embedder: tuning runs pass a caching one. */
    SummaryEvaluation(Supplier<Embedder> embedder) {
        this.embedder = embedder;
    }

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public String description() {
        return "Multi-News brief vs human summary: ROUGE-1/2/L F1 at 260 words and at the reference length.";
    }

    @Override
    public List<String> datasets() {
        return List.of(DATASET);
    }

    @Override
    public EvalReport run(Path dataRoot, ProgressListener progress) throws IOException {
        List<MultiNewsCluster> clusters = MultiNewsCluster.read(dataRoot.resolve(DATASET).resolve("validation-sample.jsonl"));
        List<ClusterMaterial> material = annotate(clusters, progress);
        return score(material, systems(), progress);
    }

    static List<Summarizer> systems() {
        return List.of(new ParallaxSummarizer(DigestOptions.defaults()), new LeadBaseline(), new LexRankBaseline(),
                new TextRankBaseline(), new MmrBaseline(), new GreedyOracle());
    }

    List<ClusterMaterial> annotate(List<MultiNewsCluster> clusters, ProgressListener progress) {
        ClusterAnnotator annotator = new ClusterAnnotator(
                new Annotator(NlpModels.sentences(), embedder.get(), NlpModels.languages()), NlpModels.sentences(),
                DigestOptions.defaults().copyThreshold());
        progress.start("annotate " + clusters.size() + " clusters", clusters.size());
        List<ClusterMaterial> out = new ArrayList<>();
        for (MultiNewsCluster c : clusters) {
            out.add(annotator.annotate(c));
            progress.step();
        }
        return out;
    }

    static EvalReport score(List<ClusterMaterial> material, List<Summarizer> systems, ProgressListener progress) {
        Rouge rouge = new Rouge();
        EvalReport.Builder report = EvalReport.builder("summary");
        progress.start("summarise with " + systems.size() + " systems", systems.size() * material.size());
        List<double[]> fixed = new ArrayList<>();
        List<double[]> reflen = new ArrayList<>();
        for (Summarizer s : systems) {
            double[] f = new double[3];
            double[] r = new double[3];
            for (ClusterMaterial m : material) {
                add(f, rouge.score(WordBudget.cut(s.summarize(m, BUDGET), BUDGET), m.referenceSentences()));
                int len = m.referenceWords();
                add(r, rouge.score(WordBudget.cut(s.summarize(m, len), len), m.referenceSentences()));
                progress.step();
            }
            fixed.add(f);
            reflen.add(r);
        }
        put(report, FIXED, systems, fixed, material.size());
        put(report, REFLEN, systems, reflen, material.size());
        notes(report, material);
        return report.build();
    }

    private static void add(double[] sums, RougeScores s) {
        sums[0] += s.rouge1().f1();
        sums[1] += s.rouge2().f1();
        sums[2] += s.rougeL().f1();
    }

    private static void put(EvalReport.Builder report, String dataset, List<Summarizer> systems, List<double[]> sums, int n) {
        for (int i = 0; i < systems.size(); i++) {
            double[] s = sums.get(i);
            String name = systems.get(i).name();
            report.put(dataset, name, "rouge1_f1", 100 * s[0] / Math.max(1, n));
            report.put(dataset, name, "rouge2_f1", 100 * s[1] / Math.max(1, n));
            report.put(dataset, name, "rougeL_f1", 100 * s[2] / Math.max(1, n));
        }
    }

    private static void notes(EvalReport.Builder report, List<ClusterMaterial> material) {
        int articles = material.stream().mapToInt(m -> m.articles().size()).sum();
        int sentences = material.stream().mapToInt(m -> m.sentences().size()).sum();
        int documents = material.stream().mapToInt(m -> m.cluster().documents().size()).sum();
        report.note(String.format(Locale.ROOT, "%d Multi-News validation clusters, %d documents, %d articles after "
                + "cleaning and de-duplication, %d distinct sentences", material.size(), documents, articles, sentences));
        report.note("ROUGE-1.5.5 -m (Porter stemming, no stop-word removal), F1 x100, mean over clusters; "
                + "ROUGE-L summary-level (union LCS over sentences)");
        report.note("multinews-260w: every summary cut after exactly 260 words; multinews-reflen: each summary written "
                + "and cut to its reference's length in words");
        report.note("parallax = ClaimAligner -> BriefWriter with the digest's thresholds, every brief sentence checked to be "
                + "its cited source span (up to whitespace and a trimmed start's capital); oracle reads the reference "
                + "(greedy ROUGE-1+2), an upper scale only");
    }
}
