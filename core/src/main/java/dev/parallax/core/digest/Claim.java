package dev.parallax.core.digest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A group of aligned statements that assert the same thing, with every span that says it.
 *
 * @param text the representative wording, verbatim from one source
 * @param sources every supporting span
 * @param independentSources sources counted once per original (copies of one wire story count once)
 * @param status corroborated, single-source or disputed
 * @param origin who the articles say it comes from (an official, a ministry's statement, a state
 *     agency), or null when they attribute it to no one
 * @param via the media that relayed it from its origin, nearest the origin first, as the articles
 *     state it ("KCNA", "Yonhap")
 */
public record Claim(String text, List<SourceSpan> sources, int independentSources, Status status, String origin,
                    List<String> via) {
    public Claim {
        sources = List.copyOf(sources);
        via = List.copyOf(via);
    }

    /** A claim the articles attribute to no one. */
    public Claim(String text, List<SourceSpan> sources, int independentSources, Status status) {
        this(text, sources, independentSources, status, null, List.of());
    }

    /** The same claim, marked as disputed by someone in the story. */
    public Claim disputed() {
        return new Claim(text, sources, independentSources, Status.DISPUTED, origin, via);
    }

    /** The same claim with another count of independent sources, its status following the count. */
    public Claim counted(int independent) {
        Status st = status == Status.DISPUTED ? status : independent >= 2 ? Status.CORROBORATED : Status.SINGLE_SOURCE;
        return new Claim(text, sources, independent, st, origin, via);
    }

    /** The same claim with its provenance as the articles report it. */
    public Claim from(String newOrigin, List<String> newVia) {
        return new Claim(text, sources, independentSources, status, newOrigin, newVia);
    }

    /** How well a claim is supported. */
    public enum Status {
        CORROBORATED("corroborated"), SINGLE_SOURCE("single-source"), DISPUTED("disputed");

        private final String json;

        Status(String json) {
            this.json = json;
        }

        @JsonValue
        public String json() {
            return json;
        }
    }
}
