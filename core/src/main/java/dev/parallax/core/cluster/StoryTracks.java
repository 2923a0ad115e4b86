package dev.parallax.core.cluster;

import dev.parallax.core.annotate.AnnotatedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntConsumer;

/**
 * Every story of a stream with its history, and the window that closes quiet ones. The stream's
 * day is the latest publication day among the articles seen (an undated article leaves it where it
 * is); a story's last day is the latest day among its articles, an undated article counting as the
 * stream's day when it joined. Before each arrival, stories whose last day is more than the
 * window's days before the stream's day close: their profiles are dropped and {@code onClose} hears
 * of it (the index forgets them). Stories that only ever saw undated articles before any dated one
 * have no last day and stay open. A story merged into another ({@link #merge}) is no longer a
 * candidate either; its members count as the survivor's. Not thread-safe.
 */
final class StoryTracks {
    private final StoryWindow window;
    private final IntConsumer onClose;
    private final List<Track> tracks = new ArrayList<>();
    private final PriorityQueue<long[]> quiet = new PriorityQueue<>((a, b) ->
            a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    private Long streamDay;
    private long arrivals;
    private int open;

    StoryTracks(StoryWindow window, IntConsumer onClose) {
        this.window = window;
        this.onClose = onClose;
    }

    /** Moves the stream's day to {@code day} when it is later, and closes the stories gone quiet. */
    void advance(Long day) {
        if (day != null && (streamDay == null || day > streamDay)) {
            streamDay = day;
        }
        if (streamDay == null) {
            return;
        }
        long oldest = streamDay - window.days();
        while (!quiet.isEmpty() && quiet.peek()[0] < oldest) {
            long[] q = quiet.poll();
            Track t = tracks.get((int) q[1]);
            // an entry is stale when the story got a later article since, or closed already
            if (t.profile != null && t.lastDay == q[0]) {
                close((int) q[1], t);
            }
        }
    }

    private void close(int story, Track t) {
        t.profile = null;
        t.history.add(new StoryEvent(StoryEvent.Kind.CLOSED, arrivals, null, streamDay, -1));
        open--;
        onClose.accept(story);
    }

    /**
     * Records that the article joins the story (opening it when {@code story} is the story count,
     * reopening it when closed) and adds it to the story's profile.
     *
     * @throws IllegalArgumentException when there is no such story, or it was merged into another
     */
    void join(int story, AnnotatedArticle article, InternedTerms terms) {
        if (story < 0 || story > tracks.size()) {
            throw new IllegalArgumentException("no story " + story + " among " + tracks.size());
        }
        if (story < tracks.size() && tracks.get(story).mergedInto >= 0) {
            throw new IllegalArgumentException("story " + story + " was merged into story "
                    + tracks.get(story).mergedInto + "; place the article there");
        }
        StoryEvent.Kind kind = StoryEvent.Kind.JOINED;
        if (story == tracks.size()) {
            tracks.add(new Track(window.keepArticles()));
            kind = StoryEvent.Kind.OPENED;
        }
        Track t = tracks.get(story);
        if (t.profile == null) {
            t.profile = new StoryProfile();
            open++;
            kind = kind == StoryEvent.Kind.OPENED ? kind : StoryEvent.Kind.REOPENED;
        }
        Long day = terms.epochDay();
        long arrival = arrivals++;
        t.history.add(new StoryEvent(kind, arrival, article.id(), day, -1));
        t.profile.add(article, terms, arrival);
        if (t.articles != null) {
            t.articles.add(article);
        }
        touch(story, t, day != null ? day : streamDay);
    }

    private void touch(int story, Track t, Long last) {
        if (last != null && (t.lastDay == Long.MIN_VALUE || last > t.lastDay)) {
            t.lastDay = last;
            quiet.add(new long[] {last, story});
        }
    }

    /**
     * Merges story {@code absorbed} into story {@code into}, both open: the survivor's profile takes
     * in the other's sums, its articles (when kept) are appended, its last day is the later of the
     * two; the absorbed story's profile is freed. The history of {@code absorbed} gets
     * {@link StoryEvent.Kind#MERGED_INTO} and that of {@code into} {@link StoryEvent.Kind#ABSORBED},
     * both stamped with the last arrival (the article whose joining led to the merge).
     */
    void merge(int absorbed, int into) {
        Track from = tracks.get(absorbed);
        Track to = tracks.get(into);
        if (absorbed == into || from.profile == null || to.profile == null) {
            throw new IllegalArgumentException("cannot merge story " + absorbed + " into " + into
                    + ": both must be open and distinct");
        }
        to.profile.absorb(from.profile);
        from.profile = null;
        open--;
        from.mergedInto = into;
        if (to.articles != null) {
            to.articles.addAll(from.articles);
            from.articles.clear();
        }
        long arrival = arrivals - 1;
        from.history.add(new StoryEvent(StoryEvent.Kind.MERGED_INTO, arrival, null, streamDay, into));
        to.history.add(new StoryEvent(StoryEvent.Kind.ABSORBED, arrival, null, streamDay, absorbed));
        if (from.lastDay != Long.MIN_VALUE) {
            touch(into, to, from.lastDay);
        }
    }

    /** The story that {@code story} was merged into, or -1 when it was not. */
    int mergedInto(int story) {
        return tracks.get(story).mergedInto;
    }

    /** The story's profile, or null when it is closed. */
    StoryProfile profile(int story) {
        return tracks.get(story).profile;
    }

    int size() {
        return tracks.size();
    }

    int open() {
        return open;
    }

    Long streamDay() {
        return streamDay;
    }

    List<StoryEvent> history(int story) {
        return List.copyOf(tracks.get(story).history);
    }

    /**
     * The story's members from its history: those that joined it, with the members of each story
     * it absorbed appended at the merge, less those that moved out; empty once it was merged away.
     */
    List<String> memberIds(int story) {
        if (tracks.get(story).mergedInto >= 0) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        collectIds(story, ids);
        return ids;
    }

    /** Appends the story's members up to the point it was merged away (or now) to {@code ids}. */
    private void collectIds(int story, List<String> ids) {
        int start = ids.size();
        for (StoryEvent e : tracks.get(story).history) {
            switch (e.kind()) {
                case OPENED, JOINED, REOPENED -> ids.add(e.articleId());
                case MOVED_OUT -> ids.subList(start, ids.size()).remove(e.articleId());
                case ABSORBED -> collectIds(e.otherStory(), ids);
                case MERGED_INTO -> {
                    return;
                }
                default -> { }
            }
        }
    }

    /** Every story's articles, by story index, stories merged into others left out. */
    List<List<AnnotatedArticle>> articles() {
        if (!window.keepArticles()) {
            throw new IllegalStateException("this clusterer keeps member ids, not articles (StoryWindow.keepArticles)");
        }
        return tracks.stream().filter(t -> t.mergedInto < 0).map(t -> List.copyOf(t.articles)).toList();
    }

    /** Appends an event to a story's history; for stages that reshape stories (merges, moves). */
    void append(int story, StoryEvent event) {
        tracks.get(story).history.add(event);
    }

    private static final class Track {
        final List<StoryEvent> history = new ArrayList<>(2);
        final List<AnnotatedArticle> articles;
        StoryProfile profile;
        long lastDay = Long.MIN_VALUE;
        int mergedInto = -1;

        Track(boolean keepArticles) {
            this.articles = keepArticles ? new ArrayList<>() : null;
        }
    }
}
