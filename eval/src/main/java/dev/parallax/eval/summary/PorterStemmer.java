package dev.parallax.eval.summary;

/**
 * The Porter (1980) suffix-stripping stemmer for lower-case ASCII words, as Martin Porter's own
 * reference implementations (C and Perl, the latter in ROUGE-1.5.5) do it, including their two
 * departures from the paper: {@code bli → ble} for {@code abli → able} and {@code logi → log}.
 * Stateless and thread-safe.
 */
public final class PorterStemmer {
    private static final String[][] STEP2 = {
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
        {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
        {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
        {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
        {"logi", "log"},
    };
    private static final String[][] STEP3 = {
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
    };
    private static final String[] STEP4 = {
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism",
        "ate", "iti", "ous", "ive", "ize",
    };

    /** The stem of a lower-case word; words of one or two letters are returned as they are. */
    public String stem(String word) {
        if (word.length() <= 2) {
            return word;
        }
        StringBuilder w = new StringBuilder(word);
        step1a(w);
        step1b(w);
        step1c(w);
        replaceFirst(w, STEP2, 0);
        replaceFirst(w, STEP3, 0);
        step4(w);
        step5(w);
        return w.toString();
    }

    private static void step1a(StringBuilder w) {
        if (ends(w, "sses") || ends(w, "ies")) {
            w.setLength(w.length() - 2);
        } else if (ends(w, "s") && !ends(w, "ss")) {
            w.setLength(w.length() - 1);
        }
    }

    private static void step1b(StringBuilder w) {
        if (ends(w, "eed")) {
            if (measure(w, w.length() - 3) > 0) {
                w.setLength(w.length() - 1);
            }
            return;
        }
        int cut = ends(w, "ed") ? 2 : ends(w, "ing") ? 3 : 0;
        if (cut == 0 || !hasVowel(w, w.length() - cut)) {
            return;
        }
        w.setLength(w.length() - cut);
        if (ends(w, "at") || ends(w, "bl") || ends(w, "iz")) {
            w.append('e');
        } else if (doubleConsonant(w, w.length() - 1)) {
            char c = w.charAt(w.length() - 1);
            if (c != 'l' && c != 's' && c != 'z') {
                w.setLength(w.length() - 1);
            }
        } else if (measure(w, w.length()) == 1 && cvc(w, w.length() - 1)) {
            w.append('e');
        }
    }

    private static void step1c(StringBuilder w) {
        if (ends(w, "y") && hasVowel(w, w.length() - 1)) {
            w.setCharAt(w.length() - 1, 'i');
        }
    }

    /** Replaces the first listed suffix the word ends with, when the stem before it has measure > m. */
    private static void replaceFirst(StringBuilder w, String[][] rules, int m) {
        for (String[] r : rules) {
            if (ends(w, r[0])) {
                int stem = w.length() - r[0].length();
                if (measure(w, stem) > m) {
                    w.setLength(stem);
                    w.append(r[1]);
                }
                return;
            }
        }
    }

    private static void step4(StringBuilder w) {
        for (String s : STEP4) {
            if (ends(w, s)) {
                int stem = w.length() - s.length();
                boolean ok = measure(w, stem) > 1
                        && (!s.equals("ion") || stem > 0 && (w.charAt(stem - 1) == 's' || w.charAt(stem - 1) == 't'));
                if (ok) {
                    w.setLength(stem);
                }
                return;
            }
        }
    }

    private static void step5(StringBuilder w) {
        if (ends(w, "e")) {
            int m = measure(w, w.length() - 1);
            if (m > 1 || m == 1 && !cvc(w, w.length() - 2)) {
                w.setLength(w.length() - 1);
            }
        }
        if (ends(w, "ll") && measure(w, w.length()) > 1) {
            w.setLength(w.length() - 1);
        }
    }

    private static boolean ends(StringBuilder w, String s) {
        int n = w.length() - s.length();
        return n >= 0 && w.indexOf(s, n) == n;
    }

    /** Whether the letter at i is a consonant: not a, e, i, o, u, and y only after a vowel. */
    private static boolean consonant(CharSequence w, int i) {
        return switch (w.charAt(i)) {
            case 'a', 'e', 'i', 'o', 'u' -> false;
            case 'y' -> i == 0 || !consonant(w, i - 1);
            default -> true;
        };
    }

    /** m in [C](VC)^m[V] of the first {@code end} letters. */
    private static int measure(CharSequence w, int end) {
        int i = 0;
        while (i < end && consonant(w, i)) {
            i++;
        }
        int m = 0;
        while (i < end) {
            while (i < end && !consonant(w, i)) {
                i++;
            }
            if (i >= end) {
                break;
            }
            m++;
            while (i < end && consonant(w, i)) {
                i++;
            }
        }
        return m;
    }

    private static boolean hasVowel(CharSequence w, int end) {
        for (int i = 0; i < end; i++) {
            if (!consonant(w, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean doubleConsonant(CharSequence w, int i) {
        return i >= 1 && w.charAt(i) == w.charAt(i - 1) && consonant(w, i);
    }

    /** Consonant-vowel-consonant ending at i, the last consonant not w, x or y. */
    private static boolean cvc(CharSequence w, int i) {
        if (i < 2 || !consonant(w, i) || consonant(w, i - 1) || !consonant(w, i - 2)) {
            return false;
        }
        char c = w.charAt(i);
        return c != 'w' && c != 'x' && c != 'y';
    }
}
