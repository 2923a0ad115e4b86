package dev.parallax.core.digest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A dated event of a story, anchored to the sentences it came from.
 *
 * @param date the ISO 8601 date to its precision ({@code 2025-04-26}, {@code 2024-10}, {@code 2024})
 * @param precision how much of the date is known
 * @param text the sentence that carries the event, verbatim from the first source (dateline trimmed)
 * @param sources ids of every article that dates this event so
 * @param spans the sentence in each of those articles
 * @param background whether the event precedes the story's own news (an earlier agreement, a
 *     past incident) rather than being part of it
 */
public record TimelineEntry(String date, Precision precision, String text, List<String> sources,
                            List<SourceSpan> spans, boolean background) {
    public TimelineEntry {
        sources = List.copyOf(sources);
        spans = List.copyOf(spans);
    }

    /** An entry of the story's own news, without spans (for renderers' tests). */
    public TimelineEntry(String date, Precision precision, String text, List<String> sources) {
        this(date, precision, text, sources, List.of(), false);
    }

    /** How much of the date is known. */
    public enum Precision {
        DAY, MONTH, YEAR;

        @JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
