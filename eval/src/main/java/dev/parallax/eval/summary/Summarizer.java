package dev.parallax.eval.summary;

import java.util.List;

/** A multi-document summariser under evaluation: the sentences of its summary of a cluster, in order. */
public interface Summarizer {
    /** The name it is reported under ({@code parallax}, {@code lead}, …). */
    String name();

    /** Sentences taken from the cluster's articles, about {@code budgetWords} words or more; the caller cuts. */
    List<String> summarize(ClusterMaterial cluster, int budgetWords);
}
