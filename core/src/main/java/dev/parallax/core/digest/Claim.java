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
 */
public record Claim(String text, List<SourceSpan> sources, int independentSources, Status status) {
    public Claim {
        sources = List.copyOf(sources);
    }

    /** The same claim, marked as disputed by someone in the story. */
    public Claim disputed() {
        return new Claim(text, sources, independentSources, Status.DISPUTED);
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
