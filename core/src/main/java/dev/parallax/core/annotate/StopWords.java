package dev.parallax.core.annotate;

import java.util.Locale;
import java.util.Set;

/** English function words, lower-case, that carry no topic: left out of bag-of-words comparisons. */
public final class StopWords {
    private StopWords() {}

    private static final Set<String> ENGLISH = Set.of(("a about above after again against all also am an and any are as at "
            + "be because been before being below between both but by can could did do does doing down during each few for "
            + "from further had has have having he her here hers herself him himself his how i if in into is it its itself "
            + "just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same "
            + "said say says she should so some such than that the their theirs them themselves then there these they this "
            + "those through to too under until up very was we were what when where which while who whom why will with "
            + "would you your yours yourself yourselves s t").split(" "));

    /** Whether the word (any case) is an English stop word. */
    public static boolean isEnglish(String word) {
        return ENGLISH.contains(word.toLowerCase(Locale.ROOT));
    }
}
