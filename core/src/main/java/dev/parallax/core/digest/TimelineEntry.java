package dev.parallax.core.digest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** A dated event of a story, anchored to the sentences it came from. */
public record TimelineEntry(String date, Precision precision, String text, List<String> sources) {
    public TimelineEntry {
        sources = List.copyOf(sources);
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
