package dev.parallax.core.annotate.quantity;

import dev.parallax.core.annotate.StopWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a figure counts, from the words after it ("10,000 <em>soldiers</em> to help"), a
 * casualty verb after those ("12 people <em>were killed</em>") or before the figure ("<em>killing</em>
 * at least 12"), and normalises it so that like compares with like: the head noun's singular,
 * with the few synonyms news uses for one thing (troops, soldiers, servicemen) folded, and
 * casualty verbs and nouns folded to one word per outcome (killed, dead, deaths → "killed").
 */
final class CountedThing {
    private static final Pattern WORD = Pattern.compile("\\G(\\s+)([\\p{L}][\\p{L}'’-]*)");
    private static final Pattern OF = Pattern.compile(
            "^\\s+of(?:\\s+(?:the|these|those|them|its|their|his|her|our|all))?(?=\\s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_AFTER = Pattern.compile(
            "^\\s+(?:(?:were|was|are|is|have been|had been|has been|are being|were being|got|reportedly|"
                    + "reported|confirmed|believed|feared|said to be|thought to be|also)\\s+){0,3}"
                    + "(killed|dead|died|injured|wounded|hurt|arrested|detained|missing|displaced|evacuated|"
                    + "rescued|captured|kidnapped|abducted)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_BEFORE = Pattern.compile(
            "\\b(killing|killed|kills|injuring|injured|wounding|wounded|arresting|arrested|detaining|detained|"
                    + "displacing|displaced|evacuating|evacuated|rescuing|rescued|capturing|captured)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> OUTCOMES = Map.ofEntries(
            Map.entry("killed", "killed"), Map.entry("killing", "killed"), Map.entry("kills", "killed"),
            Map.entry("dead", "killed"), Map.entry("died", "killed"), Map.entry("death", "killed"),
            Map.entry("fatality", "killed"), Map.entry("life", "killed"),
            Map.entry("injured", "wounded"), Map.entry("injuring", "wounded"), Map.entry("wounded", "wounded"),
            Map.entry("wounding", "wounded"), Map.entry("hurt", "wounded"), Map.entry("injury", "wounded"),
            Map.entry("arrested", "arrested"), Map.entry("arresting", "arrested"), Map.entry("arrest", "arrested"),
            Map.entry("detained", "arrested"), Map.entry("detaining", "arrested"), Map.entry("detention", "arrested"),
            Map.entry("missing", "missing"), Map.entry("displaced", "displaced"), Map.entry("displacing", "displaced"),
            Map.entry("evacuated", "evacuated"), Map.entry("evacuating", "evacuated"), Map.entry("rescued", "rescued"),
            Map.entry("rescuing", "rescued"), Map.entry("captured", "captured"), Map.entry("capturing", "captured"),
            Map.entry("kidnapped", "kidnapped"), Map.entry("abducted", "kidnapped"),
            Map.entry("casualty", "casualties"));
    /** Words news uses for one counted thing. */
    private static final Map<String, String> SYNONYMS = Map.of(
            "soldier", "troop", "serviceman", "troop", "servicemember", "troop", "serviceperson", "troop",
            "people", "person", "individual", "person", "demonstrator", "protester", "protestor", "protester");
    private static final Map<String, String> IRREGULAR = Map.of(
            "people", "person", "men", "man", "women", "woman", "children", "child", "servicemen", "serviceman",
            "lives", "life", "feet", "foot", "teeth", "tooth", "mice", "mouse");
    private static final int MAX_WORDS = 4;

    /** What was found: the normalised counted thing (or null) and where the expression ends. */
    record Found(String counted, int end) {}

    private CountedThing() {}

    /**
     * @param text the article text
     * @param figureStart where the figure (its qualifier included) starts
     * @param figureEnd where the figure ends
     * @param plural whether the figure is more than one, so that what it counts is a plural
     */
    static Found after(String text, int figureStart, int figureEnd, boolean plural) {
        int pos = figureEnd;
        Matcher of = OF.matcher(text).region(pos, text.length());
        of.useTransparentBounds(true).useAnchoringBounds(true);
        if (of.lookingAt()) {
            pos = of.end();
        }
        // Without part-of-speech tags, the head is found by number agreement: after a plural
        // figure it is the first plural word ("300 North Korean soldiers"), after a singular one
        // (or a fraction of something) the first lower-case word ("a third of the population").
        List<String> words = new ArrayList<>();
        int end = pos;
        Matcher w = WORD.matcher(text);
        w.region(pos, text.length());
        while (words.size() < MAX_WORDS && w.find()) {
            String word = w.group(2);
            String lower = word.toLowerCase(Locale.ROOT);
            if (StopWords.isEnglish(lower) || isAuxiliary(lower)) {
                break;
            }
            if (!words.isEmpty() && (lower.endsWith("ed") || lower.endsWith("ing")) && !nounFollows(text, w.end())) {
                break;
            }
            words.add(lower);
            end = w.end();
            w.region(end, text.length());
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            if (plural ? isPlural(lower) : !capitalised) {
                break;
            }
        }
        String event = eventAfter(text, end);
        if (event == null) {
            event = eventBefore(text, figureStart);
        }
        if (words.isEmpty()) {
            return new Found(event, figureEnd);
        }
        String head = singular(words.get(words.size() - 1));
        String outcome = OUTCOMES.get(head);
        if (event != null) {
            return new Found(event, end);
        }
        return new Found(outcome != null ? outcome : SYNONYMS.getOrDefault(head, head), end);
    }

    private static String eventAfter(String text, int from) {
        Matcher m = EVENT_AFTER.matcher(text).region(from, text.length());
        return m.lookingAt() ? OUTCOMES.get(m.group(1).toLowerCase(Locale.ROOT)) : null;
    }

    private static String eventBefore(String text, int figureStart) {
        Matcher m = EVENT_BEFORE.matcher(text.substring(Math.max(0, figureStart - 20), figureStart));
        return m.find() ? OUTCOMES.get(m.group(1).toLowerCase(Locale.ROOT)) : null;
    }

    /** Whether a content word follows (so an "-ed"/"-ing" word before it is an adjective). */
    private static boolean nounFollows(String text, int from) {
        Matcher w = WORD.matcher(text).region(from, text.length());
        if (!w.lookingAt()) {
            return false;
        }
        String next = w.group(2).toLowerCase(Locale.ROOT);
        return !StopWords.isEnglish(next) && !isAuxiliary(next);
    }

    private static boolean isAuxiliary(String w) {
        return switch (w) {
            case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
                 "can", "may", "might", "must", "should", "said", "says", "say", "told", "according" -> true;
            default -> false;
        };
    }

    static boolean isPlural(String w) {
        return IRREGULAR.containsKey(w) || !singular(w).equals(w);
    }

    /** The singular of an English plural noun, by the regular rules and a few irregular ones. */
    static String singular(String w) {
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
