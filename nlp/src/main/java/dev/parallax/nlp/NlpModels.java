package dev.parallax.nlp;

import dev.parallax.core.annotate.LanguageDetector;
import dev.parallax.core.annotate.SentenceSplitter;
import dev.parallax.core.annotate.entity.MentionTagger;
import dev.parallax.core.annotate.time.TimeTagger;
import java.util.function.Supplier;

/** The bundled models, each loaded once per JVM on first use and shared; all are thread-safe. */
public final class NlpModels {
    private static final Lazy<OpenNlpSentenceSplitter> SENTENCES = new Lazy<>(OpenNlpSentenceSplitter::new);
    private static final Lazy<OpenNlpLanguageDetector> LANGUAGES = new Lazy<>(OpenNlpLanguageDetector::new);
    private static final Lazy<OnnxEmbedder> EMBEDDER = new Lazy<>(OnnxEmbedder::new);
    private static final Lazy<CoreNlpPipeline> CORE_NLP = new Lazy<>(CoreNlpPipeline::new);

    private NlpModels() {}

    public static SentenceSplitter sentences() {
        return SENTENCES.get();
    }

    public static LanguageDetector languages() {
        return LANGUAGES.get();
    }

    /** The shared embedder; it lives as long as the JVM, so callers must not close it. */
    public static OnnxEmbedder embedder() {
        return EMBEDDER.get();
    }

    /** The shared Stanford CoreNLP pipeline (about 10 s and 1 GB to load on first use). */
    public static CoreNlpPipeline coreNlp() {
        return CORE_NLP.get();
    }

    /** SUTime's time expressions, as CoreNLP gives them. */
    public static TimeTagger times() {
        return new CoreNlpTimeTagger(coreNlp());
    }

    /** CoreNLP's named-entity mentions. */
    public static MentionTagger mentions() {
        return new CoreNlpMentionTagger(coreNlp());
    }

    /** Builds its value on the first successful get; a failed build is retried, and rethrows its own error. */
    private static final class Lazy<T> {
        private final Supplier<T> factory;
        private volatile T value;

        Lazy(Supplier<T> factory) {
            this.factory = factory;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = factory.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
