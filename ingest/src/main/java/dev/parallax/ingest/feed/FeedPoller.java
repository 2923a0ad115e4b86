package dev.parallax.ingest.feed;

import dev.parallax.core.article.Declared;
import dev.parallax.core.article.RejectedInputException;
import dev.parallax.core.article.Rejection;
import dev.parallax.core.source.FeedLedger;
import dev.parallax.core.source.FeedState;
import dev.parallax.ingest.ArticleSink;
import dev.parallax.ingest.fetch.FetchException;
import dev.parallax.ingest.fetch.Fetched;
import dev.parallax.ingest.fetch.Fetcher;
import dev.parallax.ingest.fetch.PageFetcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Keeps a store up to date from feeds and sitemaps. Each poll of a feed:
 * <ol>
 *   <li>fetches it conditionally, with the {@code ETag} and {@code Last-Modified} of the last full
 *       response ({@link FeedState}); a 304 ends the poll;</li>
 *   <li>reads its entries ({@link FeedParser}; a sitemap index's sitemaps are fetched too);</li>
 *   <li>fetches the page of every entry the {@link FeedLedger} has not seen, oldest first, and
 *       hands each to the sink as a raw article carrying the entry's title, date and language, or
 *       as a rejection with the page's URL and reason;</li>
 *   <li>marks each handled entry seen (not those that failed for a temporary reason: they are
 *       tried again next poll), and saves the feed's state with its next poll time, from the
 *       {@link PollSchedule}.</li>
 * </ol>
 * A feed that fails is handed to the sink as a rejection (its URL and the reason), remembered in
 * its state, and polled again later at a longer interval. The ledger is durable, so a restarted
 * poller neither fetches nor ingests an entry twice and waits out each feed's interval.
 *
 * <p>Use {@link #pollDue} from a scheduler (it returns when the next feed is due), {@link #run}
 * for a blocking loop, or {@link #poll} for one feed now. Not thread-safe: one thread polls; the
 * fetcher parallelises the page fetches. The sink is called on the polling thread.
 */
public final class FeedPoller {
    private final Fetcher fetcher;
    private final PageFetcher pages;
    private final FeedLedger ledger;
    private final Clock clock;
    private final PollSchedule schedule;
    private final ArticleSink sink;

    public FeedPoller(Fetcher fetcher, int parallel, FeedLedger ledger, Clock clock, PollSchedule schedule, ArticleSink sink) {
        this.fetcher = fetcher;
        this.pages = new PageFetcher(fetcher, parallel);
        this.ledger = ledger;
        this.clock = clock;
        this.schedule = schedule;
        this.sink = sink;
    }

    /**
     * How one poll went.
     *
     * @param feed the feed's URL
     * @param kind what the document was ("RSS", "Atom", "news sitemap", …), null if not read
     * @param entries entries listed
     * @param fresh entries not seen before, whose pages were fetched
     * @param notModified the server answered 304
     * @param error why the poll failed, or null
     * @param nextPoll when the feed is due again
     */
    public record Report(String feed, String kind, int entries, int fresh, boolean notModified, String error, Instant nextPoll) {}

    /** Polls every feed of {@code feeds} that is due now; returns when the earliest one is due next. */
    public Instant pollDue(List<String> feeds) {
        Instant next = Instant.MAX;
        for (String feed : feeds) {
            FeedState s = ledger.feed(feed).orElse(null);
            Instant due = s == null ? clock.instant() : s.nextPoll();
            if (!due.isAfter(clock.instant())) {
                due = poll(feed).nextPoll();
            }
            next = due.isBefore(next) ? due : next;
        }
        return next;
    }

    /** Polls until {@code stop} says so, sleeping until the next feed is due (checking {@code stop} each second). */
    public void run(List<String> feeds, BooleanSupplier stop) throws InterruptedException {
        while (!stop.getAsBoolean()) {
            Instant next = pollDue(feeds);
            while (!stop.getAsBoolean() && clock.instant().isBefore(next)) {
                long ms = Math.min(1000, Duration.between(clock.instant(), next).toMillis());
                Thread.sleep(Math.max(1, ms));
            }
        }
    }

    /** Polls {@code feedUrl} now, whatever its schedule. */
    public Report poll(String feedUrl) {
        Instant now = clock.instant();
        FeedState state = ledger.feed(feedUrl).orElse(FeedState.fresh(feedUrl, schedule.initial(), now));
        try {
            Fetched f = fetcher.fetch(feedUrl, state.etag(), state.lastModified());
            if (f.notModified()) {
                Duration interval = schedule.next(state.interval(), 0, false);
                save(new FeedState(feedUrl, state.etag(), state.lastModified(), interval, now.plus(interval), now, null, 0));
                return new Report(feedUrl, null, 0, 0, true, null, now.plus(interval));
            }
            FeedDocument doc = FeedParser.parse(f);
            List<FeedItem> items = new ArrayList<>(doc.items());
            for (String child : doc.sitemaps()) {
                items.addAll(child(child));
            }
            int fresh = ingest(feedUrl, items);
            Duration interval = schedule.next(state.interval(), fresh, false);
            save(new FeedState(feedUrl, f.etag(), f.lastModified(), interval, now.plus(interval), now, null, 0));
            return new Report(feedUrl, doc.kind(), items.size(), fresh, false, null, now.plus(interval));
        } catch (FetchException | RejectedInputException e) {
            sink.rejected(new Rejection(feedUrl, "feed: " + e.getMessage()));
            Duration interval = schedule.next(state.interval(), 0, true);
            save(new FeedState(feedUrl, state.etag(), state.lastModified(), interval, now.plus(interval), now,
                    e.getMessage(), state.failures() + 1));
            return new Report(feedUrl, null, 0, 0, false, e.getMessage(), now.plus(interval));
        }
    }

    private List<FeedItem> child(String sitemapUrl) {
        try {
            FeedDocument d = FeedParser.parse(fetcher.fetch(sitemapUrl));
            return d.items(); // an index inside an index is not allowed by the sitemap protocol; not followed
        } catch (FetchException | RejectedInputException e) {
            sink.rejected(new Rejection(sitemapUrl, "sitemap: " + e.getMessage()));
            return List.of();
        }
    }

    /** Fetches the pages of the entries not seen yet, oldest first; returns how many there were. */
    private int ingest(String feedUrl, List<FeedItem> items) {
        Map<String, FeedItem> fresh = new LinkedHashMap<>();
        for (FeedItem i : items) {
            if (!fresh.containsKey(i.url()) && !ledger.seen(i.url())) {
                fresh.put(i.url(), i);
            }
        }
        List<FeedItem> ordered = fresh.values().stream()
                .sorted(Comparator.comparing(FeedItem::published, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<String> urls = ordered.stream().map(FeedItem::url).toList();
        List<Declared> declared = ordered.stream()
                .map(i -> new Declared(i.title(), i.published(), null, i.language(), null, null)).toList();
        pages.fetchEach(urls, declared, r -> {
            if (r.article() != null) {
                sink.article(r.article());
                ledger.markSeen(r.url(), feedUrl, "fetched");
            } else {
                sink.rejected(r.rejection());
                if (!r.temporary()) {
                    ledger.markSeen(r.url(), feedUrl, "rejected: " + r.rejection().reason());
                }
            }
        });
        return ordered.size();
    }

    private void save(FeedState s) {
        ledger.save(s);
    }
}
