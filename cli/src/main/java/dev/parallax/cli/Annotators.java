package dev.parallax.cli;

import dev.parallax.core.annotate.Annotator;
import dev.parallax.core.annotate.RememberingEmbedder;
import dev.parallax.core.annotate.entity.EntityAnnotator;
import dev.parallax.core.annotate.time.TimeAnnotator;
import dev.parallax.nlp.NlpModels;

/** The annotate stage as every command runs it: sentences, language, embeddings, time expressions and entities. */
final class Annotators {
    /**
     * Sentences whose vectors are remembered: about 700 articles' worth, some 40 MB, enough for the
     * copies of a wire story that arrive within hours of each other.
     */
    static final int REMEMBERED_SENTENCES = 20_000;

    private Annotators() {}

    static Annotator full() {
        return new Annotator(NlpModels.sentences(), new RememberingEmbedder(NlpModels.embedder(), REMEMBERED_SENTENCES), NlpModels.languages(),
                new TimeAnnotator(NlpModels.times()), new EntityAnnotator(NlpModels.mentions()));
    }
}
