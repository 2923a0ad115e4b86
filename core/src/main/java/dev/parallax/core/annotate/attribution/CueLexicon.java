package dev.parallax.core.annotate.attribution;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The verbs that mark an attribution, in every inflected form, each with its class. Read once
 * from {@code cues.tsv}: a lemma, its class and the forms English spelling does not derive by
 * rule. Immutable and thread-safe.
 */
final class CueLexicon {

    /** What a cue verb may attribute, and so in which constructions it counts. */
    enum CueClass {
        /** Verbs of saying: any construction, the source before or after the content. */
        SPEECH,
        /** Verbs of thinking, wanting, stance: only with the source first, "X believes C". */
        THOUGHT
    }

    private static final CueLexicon STANDARD = load();

    private final Map<String, CueClass> classByForm;
    private final Map<String, String> lemmaByForm;

    private CueLexicon(Map<String, CueClass> classByForm, Map<String, String> lemmaByForm) {
        this.classByForm = Map.copyOf(classByForm);
        this.lemmaByForm = Map.copyOf(lemmaByForm);
    }

    static CueLexicon standard() {
        return STANDARD;
    }

    /** The class of a word form in lower case ("said" → SPEECH), if it is a cue. */
    Optional<CueClass> classOf(String lowerForm) {
        return Optional.ofNullable(classByForm.get(lowerForm));
    }

    /** The lemma of a cue form ("told" → "tell"). */
    Optional<String> lemmaOf(String lowerForm) {
        return Optional.ofNullable(lemmaByForm.get(lowerForm));
    }

    private static CueLexicon load() {
        Map<String, CueClass> classes = new HashMap<>();
        Map<String, String> lemmas = new HashMap<>();
        for (String[] f : DataRows.of("cues.tsv")) {
            String lemma = f[0].strip();
            CueClass c = CueClass.valueOf(f[1].strip());
            for (String form : forms(lemma, f.length > 2 ? f[2] : "")) {
                classes.putIfAbsent(form, c);
                lemmas.putIfAbsent(form, lemma);
            }
        }
        return new CueLexicon(classes, lemmas);
    }

    /** The lemma, its regular -s, -ed and -ing forms, and the listed extra forms. */
    static java.util.List<String> forms(String lemma, String extra) {
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add(lemma);
        boolean consonantY = lemma.endsWith("y") && lemma.length() > 1 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0;
        String stemY = lemma.substring(0, lemma.length() - 1);
        if (consonantY) {
            out.add(stemY + "ies");
            out.add(stemY + "ied");
        } else {
            out.add(lemma.matches(".*(s|sh|ch|x|z|o)$") ? lemma + "es" : lemma + "s");
            out.add(lemma.endsWith("e") ? lemma + "d" : lemma + "ed");
        }
        out.add(lemma.endsWith("e") && !lemma.endsWith("ee") ? lemma.substring(0, lemma.length() - 1) + "ing" : lemma + "ing");
        for (String x : extra.split(",")) {
            if (!x.isBlank()) {
                out.add(x.strip());
            }
        }
        return out;
    }
}
