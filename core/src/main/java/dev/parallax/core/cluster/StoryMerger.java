package dev.parallax.core.cluster;

import java.util.function.IntFunction;

/**
 * Decides whether two stories are one. Online linking compares an article with each story and
 * opens a new story when none is close enough; an event's first articles may so open two stories
 * before the articles that bridge them arrive. After an article joins a story, the merger compares
 * that story, as a whole, with the other candidate stories of the article: story-to-story evidence
 * (centroid cosine, closest pair of recent members, names, lead names and keywords of the summed term
 * vectors) goes through the same {@link StoryModel}, and the two merge when the probability reaches
 * the merge threshold. Averaging removes the noise of single articles, so story-to-story cosines
 * run higher than article-to-story ones for the same relatedness: the merge threshold is set above
 * the join threshold (docs/architecture.md, "Calibration"). The clusterer applies the merge it
 * chooses: the absorbed story's sums, terms and members go to the survivor. Immutable.
 */
public final class StoryMerger {
    private final StoryModel model;
    private final double threshold;

    /** @param threshold probability, under the model, at which two stories merge; above 1 never merges */
    public StoryMerger(StoryModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    /** A merger that never merges. */
    public static StoryMerger never() {
        return new StoryMerger(StoryModel.defaults(), 2);
    }

    /**
     * After an article joined {@code story}: the merge of the other open candidate most likely to be
     * the same story (ties to the older) with it, into the older of the two, when that clears the
     * threshold; null when none does. Candidates that are closed ({@code profiles} gives null) are
     * skipped. Changes nothing.
     */
    StoryMerge choose(int story, int[] candidates, IntFunction<StoryProfile> profiles, DocumentFrequencies df) {
        if (threshold > 1) {
            return null;
        }
        StoryProfile joined = profiles.apply(story);
        int best = -1;
        double bestP = Double.NaN;
        for (int other : candidates) {
            StoryProfile p = other == story ? null : profiles.apply(other);
            if (p == null) {
                continue;
            }
            double prob = probability(joined, p, df);
            if (merges(prob) && (best < 0 || prob > bestP)) {
                best = other;
                bestP = prob;
            }
        }
        return best < 0 ? null : new StoryMerge(Math.max(story, best), Math.min(story, best), bestP);
    }

    /** The probability that the two stories are one, or NaN when the merger never merges. */
    double probability(StoryProfile a, StoryProfile b, DocumentFrequencies df) {
        if (threshold > 1) {
            return Double.NaN;
        }
        return model.probability(a.evidence(b, df));
    }

    /** Whether a probability from {@link #probability} is enough to merge. */
    boolean merges(double probability) {
        return !Double.isNaN(probability) && probability >= threshold;
    }
}
