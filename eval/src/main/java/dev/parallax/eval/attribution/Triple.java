package dev.parallax.eval.attribution;

import dev.parallax.core.annotate.Span;
import java.util.List;

/**
 * An attribution as the evaluation compares it, gold or predicted: its source, cue and content,
 * each a list of fragments (brat's discontinuous spans); an empty source means none is named.
 */
record Triple(List<Span> source, List<Span> cue, List<Span> content) {
    Triple {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }
}
