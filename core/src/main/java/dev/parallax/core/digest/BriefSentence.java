package dev.parallax.core.digest;

import java.util.List;

/**
 * A sentence of a story's brief, taken verbatim from a source (a dateline or a leading connective
 * may be trimmed), with every article that supports it.
 *
 * @param text the sentence as the brief shows it
 * @param sources ids of every supporting article
 * @param spans where it stands in each supporting article: first the span the text was taken
 *     from (trim applied), then its claim group's other statements
 */
public record BriefSentence(String text, List<String> sources, List<SourceSpan> spans) {
    public BriefSentence {
        sources = List.copyOf(sources);
        spans = List.copyOf(spans);
    }

    /** The span of this sentence in the given article, or null when the article is not cited. */
    public SourceSpan spanIn(String articleId) {
        for (SourceSpan s : spans) {
            if (s.article().equals(articleId)) {
                return s;
            }
        }
        return null;
    }
}
