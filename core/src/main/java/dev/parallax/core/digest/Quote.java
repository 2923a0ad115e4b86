package dev.parallax.core.digest;

import java.util.List;

/** One utterance across outlets: its speaker, every wording, the channel it came through, and where. */
public record Quote(String speaker, String text, List<String> variants, List<String> via, List<SourceSpan> sources) {
    public Quote {
        variants = List.copyOf(variants);
        via = List.copyOf(via);
        sources = List.copyOf(sources);
    }
}
