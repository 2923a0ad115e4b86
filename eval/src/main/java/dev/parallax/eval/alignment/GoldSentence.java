package dev.parallax.eval.alignment;

import dev.parallax.core.annotate.Span;
import java.util.Set;

/**
 * A sentence the ECB+ annotators selected for coreference, with the events it mentions.
 *
 * @param number the sentence number in its document (ECB+ numbering, from 0)
 * @param span where it lies in the document text
 * @param text the sentence as written
 * @param events instance ids of the cross-document event chains (actions and negated actions)
 *     that have a mention in the sentence; empty when it mentions none
 */
public record GoldSentence(int number, Span span, String text, Set<String> events) {
    public GoldSentence {
        events = Set.copyOf(events);
    }
}
