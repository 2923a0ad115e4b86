package dev.parallax.eval.alignment;

import java.util.List;

/**
 * One ECB+ document as the alignment evaluation reads it.
 *
 * @param name the file name, e.g. {@code 1_10ecbplus.xml}
 * @param story the gold event cluster: topic number plus {@code ecb} or {@code ecbplus}
 * @param text every sentence of the document, one line each
 * @param selected the sentences the annotators selected, in text order
 */
public record SentenceDocument(String name, String story, String text, List<GoldSentence> selected) {
    public SentenceDocument {
        selected = List.copyOf(selected);
    }
}
