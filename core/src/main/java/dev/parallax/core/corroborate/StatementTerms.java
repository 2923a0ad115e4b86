package dev.parallax.core.corroborate;

import dev.parallax.core.annotate.StopWords;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sparse evidence of one statement: the names it mentions, its numbers and its content stems.
 * Without an NER model, a name is a capitalised word that does not open the sentence; a number
 * is a run of digits (thousands separators removed); a content stem is the first five letters of
 * a lower-case word of three letters or more that is not a stop word, a crude stemmer that makes
 * "arrested", "arrests" and "arresting" one term.
 *
 * @param names lower-cased capitalised words
 * @param numbers digit runs
 * @param stems content stems
 */
public record StatementTerms(Set<String> names, Set<String> numbers, Set<String> stems) {
    /** Capitalised but not names: they say when, not who or where. */
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\p{N}[\\p{N},.]*\\p{N}|\\p{N}");
    private static final int STEM = 5;

    public StatementTerms {
        names = Set.copyOf(names);
        numbers = Set.copyOf(numbers);
        stems = Set.copyOf(stems);
    }

    public static StatementTerms of(String sentence) {
        Set<String> names = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        Set<String> stems = new HashSet<>();
        Matcher m = TOKEN.matcher(sentence);
        boolean first = true;
        while (m.find()) {
            String t = m.group();
            String lower = t.toLowerCase(Locale.ROOT);
            if (Character.isDigit(t.charAt(0))) {
                numbers.add(t.replace(",", ""));
            } else if (!StopWords.isEnglish(lower)) {
                if (Character.isUpperCase(t.charAt(0)) && !first && !CALENDAR.contains(lower)) {
                    names.add(lower);
                }
                if (lower.length() >= 3) {
                    stems.add(lower.length() > STEM ? lower.substring(0, STEM) : lower);
                }
            }
            first = false;
        }
        return new StatementTerms(names, numbers, stems);
    }
}
