package dev.parallax.server;

import dev.parallax.core.annotate.Embedder;
import dev.parallax.core.digest.StoryView;
import dev.parallax.core.source.FeedState;
import dev.parallax.store.RejectionRow;
import dev.parallax.store.SearchHit;
import dev.parallax.store.SearchIndex;
import dev.parallax.store.Store;
import dev.parallax.store.StoryFilter;
import dev.parallax.store.StoryRow;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The read side shared by the API, the pages and the feeds: parses and checks the list
 * parameters (400 with the reason when one is wrong), lists stories, reads views and searches.
 */
final class Reads {
    private static final Pattern CURSOR = Pattern.compile("\\d{1,18}");

    final Store store;
    private final SearchIndex search;
    private final Embedder embedder;

    Reads(Store store, SearchIndex search, Embedder embedder) {
        this.store = store;
        this.search = search;
        this.embedder = embedder;
    }

    /** The stories page asked for by {@code since, entity, outlet, q, cursor, limit}. */
    List<StoryRow> stories(Request r, int defaultLimit) {
        int limit = intParam(r, "limit", defaultLimit, 1, 500);
        String cursor = r.query("cursor");
        if (cursor != null && !CURSOR.matcher(cursor).matches()) {
            throw new HttpProblem(400, "cursor must be a number taken from a 'next' link");
        }
        List<String> ids = null;
        String q = r.query("q");
        if (q != null) {
            ids = search("story", q, 200).stream().map(SearchHit::id).toList();
        }
        return store.stories().list(new StoryFilter(since(r.query("since")), r.query("entity"), r.query("outlet"), ids,
                cursor == null ? null : Long.parseLong(cursor), limit));
    }

    /**
     * One page of problems: the failing feeds (on the first page only; there are as many as feeds
     * followed at most) and up to {@code limit} rejections older than the cursor, with the cursor
     * of the next page when there may be one.
     */
    record Failures(List<FeedState> feeds, List<RejectionRow> rejections, Long next, int limit) {}

    Failures failures(Request r, int defaultLimit) {
        int limit = intParam(r, "limit", defaultLimit, 1, 500);
        String cursor = r.query("cursor");
        if (cursor != null && !CURSOR.matcher(cursor).matches()) {
            throw new HttpProblem(400, "cursor must be a number taken from a 'next' link");
        }
        Long before = cursor == null ? null : Long.parseLong(cursor);
        List<RejectionRow> rows = store.rejections(before, limit);
        Long next = rows.size() == limit ? rows.get(rows.size() - 1).seq() : null;
        return new Failures(before == null ? store.failingFeeds() : List.of(), rows, next, limit);
    }

    static String since(String s) {
        if (s == null) {
            return null;
        }
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).toString();
            }
            return OffsetDateTime.parse(s).toInstant().toString();
        } catch (DateTimeParseException e) {
            throw new HttpProblem(400, "since must be an ISO 8601 date (2025-04-28) or date-time with offset");
        }
    }

    static int intParam(Request r, String name, int dflt, int min, int max) {
        String v = r.query(name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw new HttpProblem(400, name + " must be a whole number from " + min + " to " + max);
    }

    Optional<StoryView> story(String id) {
        return store.stories().viewJson(id).map(StoryJson::read);
    }

    List<SearchHit> search(String kind, String q, int k) {
        if (q.length() > 500) {
            throw new HttpProblem(400, "the query is longer than 500 characters");
        }
        float[] v = embedder == null ? null : embedder.embed(List.of(q))[0];
        return search.search(kind, q, v, k);
    }
}
