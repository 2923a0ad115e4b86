package dev.parallax.eval.clustering;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.cluster.TermExtractor;
import dev.parallax.eval.SparseVectors;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What the gold lets any online clusterer reach, for reading the scores: the gold partition itself
 * with the pages the clean stage rejects as singletons ({@link #rejected}), and, in addition, with
 * every document that shares next to no content with the rest of its gold cluster as a singleton
 * ({@link #unlinked}): its TF-IDF cosine (keywords as {@link TermExtractor} reads them, IDF over
 * the whole set) to each other accepted document of its cluster is below {@link #UNLINKED_COSINE}.
 * No clusterer that links documents by what they say can place such a document with its cluster
 * without also placing unrelated documents together.
 */
final class ClusteringCeiling {
    /** A cosine below which two documents share next to nothing: a stray common word or two. */
    static final double UNLINKED_COSINE = 0.03;

    private ClusteringCeiling() {}

    /** The gold labels with each rejected document (not among {@code kept}) a singleton. */
    static int[] rejected(int[] gold, int[] kept) {
        return apart(gold, kept);
    }

    /** Labels and how many accepted documents, each with another accepted one in its gold cluster, they set apart. */
    record Apart(int[] labels, int unlinked) {}

    /** The gold labels with each rejected document and each document unlinked to its cluster a singleton. */
    static Apart unlinked(int[] gold, int[] kept, List<AnnotatedArticle> arrivals) {
        TermExtractor extractor = new TermExtractor();
        Map<Integer, Map<String, Double>> vectors = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (int k : kept) {
            Map<String, Double> tf = extractor.extract(arrivals.get(k).article()).keywords();
            vectors.put(k, tf);
            tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        vectors.replaceAll((k, tf) -> unit(tf, df, kept.length));
        boolean[] linked = new boolean[gold.length];
        int unlinked = 0;
        for (int a : kept) {
            boolean mates = false;
            for (int b : kept) {
                if (a != b && gold[a] == gold[b]) {
                    mates = true;
                    if (SparseVectors.dot(vectors.get(a), vectors.get(b)) >= UNLINKED_COSINE) {
                        linked[a] = true;
                        break;
                    }
                }
            }
            linked[a] |= !mates; // alone in its cluster: a singleton in the gold already
            unlinked += linked[a] ? 0 : 1;
        }
        return new Apart(apart(gold, IntStream.range(0, gold.length).filter(i -> linked[i]).toArray()), unlinked);
    }

    /** The gold labels of the documents that stay, every other document a singleton. */
    private static int[] apart(int[] gold, int[] stay) {
        return ClusteringEvaluation.withRejected(Arrays.stream(stay).map(i -> gold[i]).toArray(), stay, gold.length);
    }

    private static Map<String, Double> unit(Map<String, Double> tf, Map<String, Integer> df, int n) {
        Map<String, Double> v = new HashMap<>();
        tf.forEach((t, w) -> v.put(t, w * Math.log((double) n / df.get(t))));
        double norm = Math.sqrt(v.values().stream().mapToDouble(w -> w * w).sum());
        v.replaceAll((t, w) -> norm == 0 ? 0 : w / norm);
        return v;
    }
}
