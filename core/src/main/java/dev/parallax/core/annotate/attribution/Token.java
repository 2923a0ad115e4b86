package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or punctuation mark of a text with its character range; {@code lower} is the word in
 * lower case with curly apostrophes made straight.
 */
record Token(int start, int end, String text, String lower) {

    // Initialisms with inner dots ("U.S.", "D.C."), words with inner apostrophes or hyphens
    // ("don't", "Lopez-Cantera", "al-Assad"), numbers with separators, then any other single mark.
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}(?:\\.\\p{L})+\\.?|[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*(?:[.,][\\p{N}]+)*|\\S");

    /** The tokens of {@code text[from, to)}, in order. */
    /** How many of the tokens {@code [a, b]} (inclusive, cut at the list's end) are words. */
    static int words(List<Token> t, int a, int b) {
        int n = 0;
        for (int i = a; i <= b && i < t.size(); i++) {
            if (t.get(i).isWord()) {
                n++;
            }
        }
        return n;
    }

    /** The text span from token {@code a} to token {@code b}, both included. */
    static Span range(List<Token> t, int a, int b) {
        return new Span(t.get(a).start(), t.get(b).end());
    }

    static List<Token> of(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String t = m.group();
            out.add(new Token(m.start(), m.end(), t, t.toLowerCase(Locale.ROOT).replace('’', '\'')));
        }
        return out;
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean is(String word) {
        return lower.equals(word);
    }

    boolean isAny(java.util.Set<String> words) {
        return words.contains(lower);
    }
}
