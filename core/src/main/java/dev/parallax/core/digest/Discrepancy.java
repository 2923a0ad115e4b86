package dev.parallax.core.digest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/** Where sources differ on one thing: each position with its sources, and whether they can all be true. */
public record Discrepancy(Kind kind, String about, List<Position> positions, Verdict verdict) {
    public Discrepancy {
        positions = List.copyOf(positions);
    }

    /** What differs. */
    public enum Kind {
        QUANTITY, DENIAL, DATE, ATTRIBUTION, OTHER;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the positions can all hold at once. */
    public enum Verdict {
        CONSISTENT, CONFLICTING;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One source's version: the value as written, normalised, and where it is said. */
    public record Position(String value, String normalized, List<SourceSpan> sources) {
        public Position {
            sources = List.copyOf(sources);
        }
    }
}
