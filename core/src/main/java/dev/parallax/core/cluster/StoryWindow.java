package dev.parallax.core.cluster;

/**
 * How long a story stays a candidate for new articles, and what the clusterer keeps of it after.
 * Time is stream time: the latest publication day among the articles seen so far, never the wall
 * clock. A story whose latest article is more than {@code days} days before the stream's day stops
 * being a candidate: its profile (centroid, term weights, days) is freed and its terms leave the
 * index; its index, member ids and history stay.
 *
 * @param days publication days without a new article after which a story is closed; at least 1
 * @param keepArticles whether {@link StoryClusterer#stories()} can return every member article (the
 *     digest and the evaluations need them); a long-running stream keeps member ids only, so that its
 *     memory follows the open stories, not the history
 */
public record StoryWindow(int days, boolean keepArticles) {
    /** Three days of publication time: news stories that go quiet for longer rarely come back as one. */
    public static final int DEFAULT_DAYS = 3;

    public StoryWindow {
        if (days < 1) {
            throw new IllegalArgumentException("a story window must be at least one day, not " + days);
        }
    }

    /** The default window, member articles kept: for a batch such as a digest. */
    public static StoryWindow defaults() {
        return new StoryWindow(DEFAULT_DAYS, true);
    }

    /** A window of {@code days} days, member ids kept but not articles: for a long-running stream. */
    public static StoryWindow bounded(int days) {
        return new StoryWindow(days, false);
    }
}
