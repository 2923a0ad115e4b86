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
     * Defaults for the bge-small-en-v1.5 embeddings. The story threshold is the best B-cubed F1 on
     * a seeded sample of 30 Multi-News validation clusters (docs/architecture.md, "Calibration");
     * the claim and redundancy thresholds were read off the model's similarity scale for
     * paraphrases. The clustering and alignment evaluations replace them with values calibrated on
     * the full ECB+ and Multi-News sets.
     */
    public static DigestOptions defaults() {
        return new DigestOptions(100, 0.90, 0.86, 0.60, 0.85);
    }

    public DigestOptions withStoryThreshold(double threshold) {
        return new DigestOptions(briefWords, threshold, claimThreshold, copyThreshold, briefRedundancy);
    }

    public DigestOptions withBriefWords(int words) {
        return new DigestOptions(words, storyThreshold, claimThreshold, copyThreshold, briefRedundancy);
    }
}
