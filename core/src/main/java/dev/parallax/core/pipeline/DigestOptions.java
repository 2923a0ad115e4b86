package dev.parallax.core.pipeline;

/**
 * The settings of one digest run, parsed once at the edge.
 *
 * @param briefWords target length of each story's brief
 * @param storyThreshold article–story cosine needed to join a story
 * @param claimThreshold sentence cosine at which two statements are aligned into one claim group
 * @param copyThreshold shingle Jaccard at which an article is a copy of an earlier one
 * @param briefRedundancy cosine at which a brief candidate repeats a sentence already chosen
 */
public record DigestOptions(int briefWords, double storyThreshold, double claimThreshold, double copyThreshold,
                            double briefRedundancy) {

    /**
     * Defaults for the bge-small-en-v1.5 embeddings. The thresholds were read off that model's
     * similarity scale (docs/architecture.md, "Calibration"); the clustering and alignment issues
     * replace them with values calibrated on ECB+ and Multi-News.
     */
    public static DigestOptions defaults() {
        return new DigestOptions(100, 0.80, 0.86, 0.60, 0.85);
    }

    public DigestOptions withBriefWords(int words) {
        return new DigestOptions(words, storyThreshold, claimThreshold, copyThreshold, briefRedundancy);
    }
}
