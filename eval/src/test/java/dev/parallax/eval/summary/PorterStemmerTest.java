package dev.parallax.eval.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples of Porter (1980), step by step, and the two departures of Porter's own code. */
class PorterStemmerTest {
    private final PorterStemmer stemmer = new PorterStemmer();

    @ParameterizedTest
    @CsvSource({
        // step 1a
        "caresses, caress", "ponies, poni", "ties, ti", "caress, caress", "cats, cat",
        // step 1b
        "feed, feed", "agreed, agre", "plastered, plaster", "bled, bled", "motoring, motor", "sing, sing",
        "conflated, conflat", "troubled, troubl", "sized, size", "hopping, hop", "tanned, tan", "falling, fall",
        "hissing, hiss", "fizzed, fizz", "failing, fail", "filing, file",
        // step 1c
        "happy, happi", "sky, sky",
        // step 2
        "relational, relat", "conditional, condit", "rational, ration", "valenci, valenc", "digitizer, digit",
        "conformabli, conform", "radicalli, radic", "differentli, differ", "vileli, vile", "analogousli, analog",
        "vietnamization, vietnam", "predication, predic", "operator, oper", "feudalism, feudal",
        "decisiveness, decis", "hopefulness, hope", "callousness, callous", "formaliti, formal",
        "sensitiviti, sensit", "sensibiliti, sensibl",
        // step 3
        "triplicate, triplic", "formative, form", "formalize, formal", "electriciti, electr", "electrical, electr",
        "hopeful, hope", "goodness, good",
        // step 4
        "revival, reviv", "allowance, allow", "inference, infer", "airliner, airlin", "gyroscopic, gyroscop",
        "adjustable, adjust", "defensible, defens", "irritant, irrit", "replacement, replac", "adjustment, adjust",
        "dependent, depend", "adoption, adopt", "homologou, homolog", "communism, commun", "activate, activ",
        "angulariti, angular", "homologous, homolog", "effective, effect", "bowdlerize, bowdler",
        // step 5
        "probate, probat", "rate, rate", "cease, ceas", "controll, control", "roll, roll",
        // whole words
        "generalization, gener", "generalizations, gener", "oscillators, oscil", "running, run", "archaeology, archaeolog",
        "is, is", "a, a",
    })
    void stemsLikePorter1980(String word, String stem) {
        assertThat(stemmer.stem(word)).isEqualTo(stem);
    }
}
