package dev.parallax.cli;

import dev.parallax.ingest.feed.FeedPoller;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Follows feeds in the background of {@code parallax serve}: one thread runs the
 * {@link FeedPoller} over the feed list until {@link #close}, polling each feed when its schedule
 * says it is due. A poll that fails for an unexpected reason (a bug, a full disk) is reported and
 * the loop goes on after a pause instead of dying silently; failures of feeds and pages are the
 * poller's own business (recorded in the store as rejections and feed state).
 *
 * <p>{@link #close} asks the loop to stop, gives a poll in progress a moment to finish, then
 * interrupts it: entries whose pages were not handled stay unseen and the feed keeps its old
 * state, so the next start fetches them again (nothing is lost or stored twice).
 */
final class FeedFollower implements AutoCloseable {
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(30);
    private static final Duration GRACE = Duration.ofSeconds(3);

    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread;

    private FeedFollower(FeedPoller poller, List<String> feeds, Consumer<String> log) {
        List<String> list = List.copyOf(feeds);
        thread = new Thread(() -> loop(poller, list, log), "parallax-feeds");
    }

    /** Starts following {@code feeds}; {@code log} receives a line for each unexpected failure. */
    static FeedFollower start(FeedPoller poller, List<String> feeds, Consumer<String> log) {
        FeedFollower f = new FeedFollower(poller, feeds, log);
        f.thread.start();
        return f;
    }

    private void loop(FeedPoller poller, List<String> feeds, Consumer<String> log) {
        while (!stop.get()) {
            try {
                poller.run(feeds, stop::get);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (stop.get()) {
                    return;
                }
                log.accept("feed polling failed: " + e + "; trying again in " + PAUSE_AFTER_FAILURE.toSeconds() + " s");
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private boolean pause() {
        long end = System.nanoTime() + PAUSE_AFTER_FAILURE.toNanos();
        try {
            while (!stop.get() && System.nanoTime() < end) {
                Thread.sleep(200);
            }
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** Whether the polling thread is still running. */
    boolean running() {
        return thread.isAlive();
    }

    /** Stops the loop and waits for its thread to end. */
    @Override
    public void close() {
        stop.set(true);
        try {
            thread.join(GRACE.toMillis());
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
