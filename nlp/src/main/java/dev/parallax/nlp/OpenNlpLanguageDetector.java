package dev.parallax.nlp;

import dev.parallax.core.annotate.LanguageDetector;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** Names a text's language with OpenNLP's 103-language model, or empty when the text is short or the call is close. */
public final class OpenNlpLanguageDetector implements LanguageDetector {
    static final String RESOURCE = "langdetect-183.bin";
    private static final String ARTIFACT = "org.apache.opennlp:opennlp-models-langdetect";

    /** Texts with fewer letters than this are too short to tell. */
    static final int MIN_LETTERS = 20;
    /**
     * The top language must be this many times as probable as the runner-up. The model spreads its
     * probability thinly over all 103 languages (a clear English paragraph scores about 0.1), so the
     * absolute probability says little; the margin over the runner-up separates right from wrong.
     */
    static final double MIN_MARGIN = 1.2;

    /** Model codes (ISO 639-3 individual languages) that Locale cannot map to their macrolanguage's 639-1 code. */
    private static final Map<String, String> INDIVIDUAL = Map.of(
            "cmn", "zh", "pes", "fa", "lvs", "lv", "ekk", "et", "plt", "mg", "pnb", "pa");
    private static final Map<String, String> ISO1 = iso1ByIso3();

    private final LanguageDetectorModel model;

    /** Loads the bundled model; prefer {@link NlpModels#languages()}, which loads it once. */
    public OpenNlpLanguageDetector() {
        this(load());
    }

    public OpenNlpLanguageDetector(LanguageDetectorModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = ModelResource.open(RESOURCE, ARTIFACT)) {
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw ModelResource.unreadable(RESOURCE, e);
        }
    }

    @Override
    public Optional<String> detect(String text) {
        if (text == null || letters(text) < MIN_LETTERS) {
            return Optional.empty();
        }
        Language[] ranked = new LanguageDetectorME(model).predictLanguages(text);
        if (ranked.length == 0) {
            return Optional.empty();
        }
        double runnerUp = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        if (ranked[0].getConfidence() < MIN_MARGIN * runnerUp) {
            return Optional.empty();
        }
        return Optional.ofNullable(ISO1.get(ranked[0].getLang()));
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, String> iso1ByIso3() {
        Map<String, String> map = new HashMap<>(INDIVIDUAL);
        for (String code : Locale.getISOLanguages()) {
            try {
                map.putIfAbsent(Locale.of(code).getISO3Language(), code);
            } catch (java.util.MissingResourceException e) {
                // a two-letter code without a three-letter one names nothing the model predicts
            }
        }
        return Map.copyOf(map);
    }
}
