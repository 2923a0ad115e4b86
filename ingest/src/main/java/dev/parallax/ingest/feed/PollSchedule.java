package dev.parallax.ingest.feed;

import java.time.Duration;

/**
 * How often a feed is polled, adapted to how often it changes: a poll that finds new items
 * halves the interval, a poll that finds none (or a 304) lengthens it by half, a failed poll
 * doubles it; always within {@code [min, max]}. A busy wire feed thus settles near the minimum and
 * a weekly column near the maximum, without hammering either (the multiplicative increase and
 * decrease of TCP congestion control, applied to change rates).
 *
 * @param min shortest interval
 * @param initial interval of a feed never polled
 * @param max longest interval
 */
public record PollSchedule(Duration min, Duration initial, Duration max) {
    public PollSchedule {
        if (min.isNegative() || min.compareTo(initial) > 0 || initial.compareTo(max) > 0) {
            throw new IllegalArgumentException("need 0 <= min <= initial <= max");
        }
    }

    /** 5 minutes to 6 hours, starting at 30 minutes. */
    public static PollSchedule defaults() {
        return new PollSchedule(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(6));
    }

    /** The interval after a poll that found {@code newItems} new items, or failed. */
    public Duration next(Duration interval, int newItems, boolean failed) {
        Duration d = failed ? interval.multipliedBy(2) : newItems > 0 ? interval.dividedBy(2) : interval.multipliedBy(3).dividedBy(2);
        return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
    }
}
