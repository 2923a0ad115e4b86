package dev.parallax.core.digest;

import java.util.List;

/** A sentence of a story's brief, taken verbatim from a source, with every article that supports it. */
public record BriefSentence(String text, List<String> sources) {
    public BriefSentence {
        sources = List.copyOf(sources);
    }
}
