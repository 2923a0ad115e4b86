package dev.parallax.core.annotate;

import java.util.Optional;

/** Names the language of a text as an ISO 639-1 code ("en"), or empty when it cannot tell. */
public interface LanguageDetector {
    Optional<String> detect(String text);
}
