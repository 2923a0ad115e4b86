package dev.parallax.core.corroborate;

import dev.parallax.core.annotate.StopWords;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether two speaker names as outlets write them can be the same speaker: "Lula",
 * "Luiz Inácio Lula da Silva" and "Brazilian President Lula" can; "Lula" and "Milei" cannot. Names
 * are compared by their capitalised words, leaving out titles and roles that many speakers
 * share ("President", "Minister", "Chief").
 */
final class Speakers {
    private static final Set<String> TITLES = Set.of("president", "prime", "minister", "chief", "leader", "general",
            "secretary", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "ministry", "mr", "mrs",
            "ms", "dr", "sir", "the", "of", "state", "foreign", "defence", "defense", "deputy", "head", "senior",
            "north", "south", "east", "west", "staff", "supreme", "commander");

    private Speakers() {}

    /** Whether the two can name one speaker; an unknown speaker (null) is compatible with any. */
    static boolean compatible(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        Set<String> x = names(a);
        Set<String> y = names(b);
        if (x.isEmpty() || y.isEmpty()) {
            return a.equalsIgnoreCase(b);
        }
        return x.containsAll(y) || y.containsAll(x);
    }

    /** The distinctive capitalised words of a name, lower-cased, possessive 's dropped. */
    static Set<String> names(String speaker) {
        Set<String> out = new HashSet<>();
        for (String w : speaker.split("[^\\p{L}\\p{N}'’-]+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            if (lower.length() > 1 && !TITLES.contains(lower) && !StopWords.isEnglish(lower)) {
                out.add(lower);
            }
        }
        return out;
    }
}
