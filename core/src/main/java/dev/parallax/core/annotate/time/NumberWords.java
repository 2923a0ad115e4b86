package dev.parallax.core.annotate.time;

import java.util.List;
import java.util.Locale;

/** The small counts that time expressions spell out: "a", "an", "one" … "twelve", or figures. */
final class NumberWords {
    private static final List<String> WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve");

    private NumberWords() {}

    /** The count a word gives, or null when it gives none. */
    static Integer of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("a") || w.equals("an")) {
            return 1;
        }
        if (w.matches("\\d{1,6}")) {
            return Integer.parseInt(w);
        }
        int i = WORDS.indexOf(w);
        return i >= 0 ? i + 1 : null;
    }
}
