package dev.parallax.core.cluster;

import java.util.List;
import java.util.Set;

/**
 * Decides whether two stories are one. Online linking compares an article with each story and
 * opens a new story when none is close enough; an event's first articles may so open two stories
 * before the articles that bridge them arrive. After an article joins a story, the merger compares
 * that story, as a whole, with the other candidate stories of the article: story-to-story evidence
 * (centroid cosine, closest pair of members, names, lead names and keywords of the summed term
 * vectors) goes through the same {@link StoryModel}, and the two merge when the probability reaches
 * the merge threshold. Averaging removes the noise of single articles, so story-to-story cosines
 * run higher than article-to-story ones for the same relatedness: the merge threshold is set above
 * the join threshold (docs/architecture.md, "Calibration"). Immutable; {@link #mergeAfterJoin}
 * changes only the clusterer state it is handed.
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
     * After an article joined {@code story}: merges the other candidate story most likely to be
     * the same story into the older of the two, when that clears the threshold, and logs it.
     * Returns the index of the story that now holds the article.
     */
    int mergeAfterJoin(int story, Set<Integer> candidates, List<StoryProfile> stories, DocumentFrequencies df,
                       TermIndex index, List<StoryMerge> log) {
        int best = -1;
        double bestP = Double.NaN;
        for (int other : candidates) {
            if (other == story) {
                continue;
            }
            double p = probability(stories.get(story), stories.get(other), df);
            if (merges(p) && (best < 0 || p > bestP)) {
                best = other;
                bestP = p;
            }
        }
        if (best < 0) {
            return story;
        }
        int into = Math.min(story, best);
        int absorbed = Math.max(story, best);
        stories.get(into).absorb(stories.get(absorbed));
        index.move(absorbed, into);
        log.add(new StoryMerge(absorbed, into, bestP));
        return into;
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
