package dev.parallax.eval.summary;

import dev.parallax.core.annotate.AnnotatedArticle;
import dev.parallax.core.annotate.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cluster as one story, annotated as the digest annotates it: what every summariser reads.
 *
 * @param cluster the Multi-News cluster
 * @param articles its cleaned, annotated articles in the data set's order (empty documents left out)
 * @param copyOf id of each syndicated copy → id of its original
 * @param centroid unit mean of the article vectors, as the story centroid
 * @param referenceSentences the reference summary split into sentences
 */
public record ClusterMaterial(MultiNewsCluster cluster, List<AnnotatedArticle> articles, Map<String, String> copyOf,
                              float[] centroid, List<String> referenceSentences) {
    public ClusterMaterial {
        articles = List.copyOf(articles);
        copyOf = Map.copyOf(copyOf);
        referenceSentences = List.copyOf(referenceSentences);
    }

    /** Every sentence of every article in order, each distinct text once: what the baselines choose from. */
    public List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AnnotatedArticle a : articles) {
            for (Sentence s : a.sentences()) {
                if (seen.add(s.text().strip())) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The reference summary's length in words (runs of non-space characters). */
    public int referenceWords() {
        return dev.parallax.core.annotate.Words.count(cluster.summary());
    }
}
