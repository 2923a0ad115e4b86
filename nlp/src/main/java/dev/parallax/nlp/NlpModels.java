package dev.parallax.nlp;

import dev.parallax.core.annotate.LanguageDetector;
import dev.parallax.core.annotate.SentenceSplitter;
import java.util.function.Supplier;

/** The bundled models, each loaded once per JVM on first use and shared; all are thread-safe. */
public final class NlpModels {
    private static final Lazy<OpenNlpSentenceSplitter> SENTENCES = new Lazy<>(OpenNlpSentenceSplitter::new);
    private static final Lazy<OpenNlpLanguageDetector> LANGUAGES = new Lazy<>(OpenNlpLanguageDetector::new);
    private static final Lazy<OnnxEmbedder> EMBEDDER = new Lazy<>(OnnxEmbedder::new);

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
