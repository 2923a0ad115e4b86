package dev.parallax.eval.clustering;

/**
 * How well a predicted partition matches the gold one.
 *
 * @param precision B-cubed precision (Bagga and Baldwin 1998): per item, the share of its predicted
 *     cluster that shares its gold cluster, averaged over items
 * @param recall B-cubed recall: per item, the share of its gold cluster inside its predicted one
 * @param f1 harmonic mean of B-cubed precision and recall
 * @param ari adjusted Rand index (Hubert and Arabie 1985)
 * @param clusters how many predicted clusters
 */
public record ClusterScores(double precision, double recall, double f1, double ari, int clusters) {}
