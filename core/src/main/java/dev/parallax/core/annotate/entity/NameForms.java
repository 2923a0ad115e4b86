package dev.parallax.core.annotate.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The spelling-independent forms of a name that Parallax compares: a key that hyphenation,
 * spacing, accents, doubled letters and common transliteration variants do not change
 * ("al-Assad" and "al Assad", "Zelenskyy", "Zelensky" and "Zelenskiy", "Khodorkovsky" and
 * "Hodorkovsky"), the name's words, its surname, and the acronym of a multi-word name.
 */
final class NameForms {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
    /** Quotation marks, dashes and brackets a tagger's span may take in at either end: "” Duda". */
    private static final Pattern STRAY_EDGES = Pattern.compile("^[\"“”‘'’«»\\-–—(\\[\\s]+|[\"“”‘«»\\-–—(\\[,;:\\s]+$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern APOSTROPHE = Pattern.compile("['’]$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-‐]+");
    private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1+");
    /** Name particles that are not a surname by themselves: "al-Assad" is Assad, "da Silva" Silva. */
    private static final Set<String> PARTICLES = Set.of("al", "el", "ul", "bin", "ibn", "bint", "da", "de", "do", "dos", "das",
            "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "abu");
    private static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "&");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private NameForms() {}

    /** The surface form without a leading article and a trailing possessive: "the Kremlin's" → "Kremlin". */
    static String clean(String name) {
        String s = LEADING_THE.matcher(STRAY_EDGES.matcher(name.strip()).replaceAll("")).replaceFirst("");
        s = APOSTROPHE.matcher(POSSESSIVE.matcher(s).replaceFirst("")).replaceFirst("");
        return SPACES.matcher(s).replaceAll(" ");
    }

    /** The comparison key: letters and digits only, accents and doubled letters gone, transliterations folded. */
    static String key(String name) {
        String s = Normalizer.normalize(clean(name), Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = NON_LETTERS.matcher(s).replaceAll("");
        s = s.replace("kh", "h").replace("ph", "f").replace("ck", "k").replace("iy", "y").replace("ou", "u").replace('w', 'v');
        s = DOUBLED.matcher(s).replaceAll("$1");
        if (s.endsWith("y") && s.length() > 3) {
            s = s.substring(0, s.length() - 1) + "i";
        }
        return s;
    }

    /** The name's words, split at spaces and hyphens, each as a {@link #key}. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : WORD_BREAKS.split(clean(name))) {
            String k = key(w);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    /** The last word that is not a particle or a suffix ("Bashar al-Assad" → assad, "Martin Luther King Jr." → king). */
    static String surname(String name) {
        List<String> w = words(name);
        for (int i = w.size() - 1; i >= 0; i--) {
            if (!PARTICLES.contains(w.get(i)) && !SUFFIXES.contains(w.get(i))) {
                return w.get(i);
            }
        }
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    /** The initials of a name's capitalised words ("Korean Central News Agency" → KCNA); empty for one word. */
    static String acronym(String name) {
        String[] parts = clean(name).split("[\\s\\-]+");
        if (parts.length < 2) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty() && !ACRONYM_SKIP.contains(p.toLowerCase(Locale.ROOT)) && Character.isLetter(p.charAt(0))) {
                sb.append(Character.toUpperCase(p.charAt(0)));
            }
        }
        return sb.toString();
    }

    /** The name as an acronym would be written, if it looks like one ("U.N." → UN, "NATO"); else empty. */
    static String asAcronym(String name) {
        String s = clean(name).replace(".", "").replace(" ", "");
        return s.length() >= 2 && s.length() <= 8 && s.chars().allMatch(c -> Character.isUpperCase(c) || c == '&') ? s : "";
    }
}
