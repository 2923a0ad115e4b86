package dev.parallax.eval.clustering;

/** A single-pass clusterer over a fixed arrival order whose only setting is its join threshold. */
interface SinglePass {
    /** The cluster of each arrival, in arrival order. */
    int[] cluster(double threshold);
}
