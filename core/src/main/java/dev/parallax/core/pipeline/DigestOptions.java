package dev.parallax.core.pipeline;

import dev.parallax.core.cluster.StoryModel;
import dev.parallax.core.cluster.StoryWindow;

/**
 * The settings of one digest run, parsed once at the edge.
 *
 * @param briefWords target length of each story's brief
 * @param storyModel the article–story linking model (embedding, names, keywords, days)
 * @param storyThreshold probability of belonging to a story, under the model, needed to join it
 * @param claimThreshold sentence cosine at which two statements are aligned into one claim group
 * @param copyThreshold shingle Jaccard at which an article is a copy of an earlier one
 * @param briefRedundancy cosine at which a brief candidate repeats a sentence already chosen
 * @param figureThreshold sentence cosine at which two sentences speak of the same fact: two comparable
 *     figures, or two sentences giving one date (one timeline event)
 * @param denialThreshold score (cosine plus shared words, {@code DenialFinder}) at which a denial is about a claim
 * @param quoteThreshold sentence cosine at which differently worded quotations of one speaker
 *     translate one utterance
 * @param storyWindowDays publication days without a new article after which a story stops taking
 *     new ones ({@code StoryWindow})
 */
public record DigestOptions(int briefWords, StoryModel storyModel, double storyThreshold, double claimThreshold,
                            double copyThreshold, double briefRedundancy, double figureThreshold,
                            double denialThreshold, double quoteThreshold, int storyWindowDays) {

    public DigestOptions {
        if (storyWindowDays < 1) {
            throw new IllegalArgumentException("the story window must be at least one day, not " + storyWindowDays);
        }
    }

    /**
     * Defaults for the bge-small-en-v1.5 embeddings. The story model and threshold are calibrated
     * on ECB+ and the Multi-News sample together, one setting for both (docs/architecture.md,
     * "Calibration"); the claim and redundancy thresholds were read off the model's similarity
     * scale for paraphrases, and the figure and denial thresholds off its scale for sentences
     * about one fact in other words (lower: a denial restates the claim it denies only in part).
     */
    public static DigestOptions defaults() {
        return new DigestOptions(100, StoryModel.defaults(), 0.5, 0.86, 0.60, 0.85, 0.65, 0.75, 0.80,
                StoryWindow.DEFAULT_DAYS);
    }

    public DigestOptions withStoryThreshold(double threshold) {
        return new DigestOptions(briefWords, storyModel, threshold, claimThreshold, copyThreshold, briefRedundancy,
                figureThreshold, denialThreshold, quoteThreshold, storyWindowDays);
    }

    public DigestOptions withStoryWindowDays(int days) {
        return new DigestOptions(briefWords, storyModel, storyThreshold, claimThreshold, copyThreshold, briefRedundancy,
                figureThreshold, denialThreshold, quoteThreshold, days);
    }

    public DigestOptions withBriefWords(int words) {
        return new DigestOptions(words, storyModel, storyThreshold, claimThreshold, copyThreshold, briefRedundancy,
                figureThreshold, denialThreshold, quoteThreshold, storyWindowDays);
    }
}
