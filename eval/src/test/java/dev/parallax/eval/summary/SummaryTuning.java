package dev.parallax.eval.summary;

import dev.parallax.core.pipeline.ProgressListener;
import dev.parallax.eval.CachedEmbedder;
import dev.parallax.nlp.NlpModels;
import java.nio.file.Path;
import java.util.List;

/**
 * For tuning runs only ({@code java -cp … SummaryTuning DATA [systems|dump]}): the summary evaluation
 * with embeddings cached under /tmp, so that changes to the brief can be measured in seconds.
 */
final class SummaryTuning {
    private SummaryTuning() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        CachedEmbedder cache = CachedEmbedder.of(NlpModels.embedder(), Path.of("/tmp/parallax-summary-embeddings.bin"));
        SummaryEvaluation eval = new SummaryEvaluation(() -> cache);
        long t0 = System.nanoTime();
        List<MultiNewsCluster> clusters = MultiNewsCluster.read(data.resolve("multinews/validation-sample.jsonl"));
        List<ClusterMaterial> material = eval.annotate(clusters, ProgressListener.NONE);
        long t1 = System.nanoTime();
        List<Summarizer> systems = SummaryEvaluation.systems();
        if (args.length > 1) {
            List<String> names = List.of(args[1].split(","));
            systems = systems.stream().filter(s -> names.contains(s.name())).toList();
        }
        if (args.length > 1 && args[1].equals("dump")) {
            dump(material);
            return;
        }
        System.out.print(SummaryEvaluation.score(material, systems, ProgressListener.NONE).toTable());
        System.out.printf("annotate %.1f s, score %.1f s%n", (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    }

    private static void dump(List<ClusterMaterial> material) throws Exception {
        GreedyOracle oracle = new GreedyOracle();
        dev.parallax.core.brief.StandaloneFilter filter = new dev.parallax.core.brief.StandaloneFilter();
        try (var out = new java.io.PrintWriter("/tmp/sentences.tsv", "UTF-8")) {
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
