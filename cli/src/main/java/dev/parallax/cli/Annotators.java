package dev.parallax.cli;

import dev.parallax.core.annotate.Annotator;
import dev.parallax.core.annotate.entity.EntityAnnotator;
import dev.parallax.core.annotate.time.TimeAnnotator;
import dev.parallax.nlp.NlpModels;

/** The annotate stage as every command runs it: sentences, language, embeddings, time expressions and entities. */
final class Annotators {
    private Annotators() {}

    static Annotator full() {
        return new Annotator(NlpModels.sentences(), NlpModels.embedder(), NlpModels.languages(),
                new TimeAnnotator(NlpModels.times()), new EntityAnnotator(NlpModels.mentions()));
    }
}
