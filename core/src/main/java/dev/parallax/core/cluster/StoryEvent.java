package dev.parallax.core.cluster;

import java.util.Objects;

/**
 * One entry of a story's history, appended as the stream goes on and never changed.
 *
 * @param kind what happened
 * @param arrival the arrival index (0 for the stream's first article) of the article that caused
 *     it, or for {@link Kind#CLOSED} the number of arrivals seen when the story closed
 * @param articleId the article that opened, joined or moved; null for events about the whole story
 * @param day the article's publication day (days since 1970-01-01), or for {@link Kind#CLOSED} the
 *     stream's day; null when unknown
 * @param otherStory the other story of a merge or move (by index), or -1
 */
public record StoryEvent(Kind kind, long arrival, String articleId, Long day, int otherStory) {

    /** What happened to a story. */
    public enum Kind {
        /** its first article arrived */
        OPENED,
        /** an article joined it */
        JOINED,
        /** it saw no article for the story window and stopped being a candidate */
        CLOSED,
        /** an article was placed into it after it had closed (replay of stored assignments) */
        REOPENED,
        /** its articles went into {@code otherStory}, which carries on; it is no longer a candidate */
        MERGED_INTO,
        /** it took in the articles of {@code otherStory} */
        ABSORBED,
        /** {@code articleId} left it for {@code otherStory} */
        MOVED_OUT
    }

    public StoryEvent {
        Objects.requireNonNull(kind, "kind");
    }
}
