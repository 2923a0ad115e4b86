package dev.parallax.core.corroborate;

import dev.parallax.core.annotate.StopWords;
import dev.parallax.core.digest.Entity;
import dev.parallax.core.digest.Quote;
import dev.parallax.core.digest.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each quote's speaker the full name the story knows for them, so that one person's quotes
 * are listed under one name:
 * <ul>
 *   <li>a short form ("Lula", "Milei") becomes the one person among the story's entities whose name
 *       holds it ("Luiz Inácio Lula da Silva", "Javier Milei");</li>
 *   <li>a role of a country ("Brazil's president", "the Argentine president", "the French
 *       leader") becomes the one person the articles name with that role and country ("Argentine
 *       President Javier Milei").</li>
 * </ul>
 * A speaker that two people of the story fit, or none, stays as the articles wrote it; one that
 * names nobody ("which it", "no one", "you") is unknown.
 */
public final class SpeakerNames {
    private static final String ROLES = "president|prime minister|premier|chancellor|leader|foreign minister"
            + "|defen[cs]e minister|king|queen|pope";
    /** "Brazil's president", "the Argentine president", "the North Korean leader". */
    private static final Pattern COUNTRY_ROLE = Pattern.compile(
            "(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)(?:['’]s)?\\s+((?i:" + ROLES + "))");
    /** The words just before a person's mention that give a role of a country: "Argentine President ". */
    private static final Pattern ROLE_BEFORE = Pattern.compile(
            "(\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*)?)(?:['’]s)?\\s+((?i:" + ROLES + "))\\s+$");
    /** Letters two forms of a country's name share at least: "Russia"/"Russian", "Brazil"/"Brazilian". */
    private static final int SHARED_STEM = 4;

    private SpeakerNames() {}

    /**
     * @param quotes the story's quotes
     * @param entities the story's entities
     * @param texts each article's text by id, where the entities' mentions point
     */
    public static List<Quote> named(List<Quote> quotes, List<Entity> entities, Map<String, String> texts) {
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            String speaker = cleaned(q.speaker());
            String full = speaker == null ? null : fullName(speaker, entities);
            if (full == null && speaker != null) {
                full = byRole(speaker, entities, texts);
            }
            String named = full == null ? speaker : full;
            out.add(java.util.Objects.equals(named, q.speaker()) ? q : q.withSpeaker(named));
        }
        return out;
    }

    /** A relative pronoun the attribution rules took in with the source: "which French officials". */
    private static final Pattern RELATIVE = Pattern.compile("^(?i:which|who|whom|whose|that)\\s+");
    /** A call to the reader or a participle's phrase, no speaker: "CLICK HERE to find out more", "His voice rising". */
    private static final Pattern NO_SPEAKER = Pattern.compile(
            "(?i)\\bclick\\b|^(?:his|her|their|its)\\s+\\p{L}+\\s+\\p{L}+ing$");
    /** A day's possessive or an indefinite pronoun, no speaker: "Today's", "no one", "somebody". */
    private static final Pattern NOBODY = Pattern.compile(
            "(?i)^(?:(?:today|yesterday|tomorrow|tonight)['’]s|(?:no|some|any|every)\\s?(?:one|body))$");

    /**
     * The speaker as a reader can use it: without a relative pronoun before it ("which French
     * officials" → "French officials"), and unknown (null) when nothing is left but function words
     * or a day ("which it", "no one", "you", "Today's"), which name nobody.
     */
    static String cleaned(String speaker) {
        if (speaker == null) {
            return null;
        }
        String s = RELATIVE.matcher(speaker.strip()).replaceFirst("");
        if (NOBODY.matcher(s).matches() || NO_SPEAKER.matcher(s).find()) {
            return null;
        }
        if (s.length() > 5 && s.matches("\\p{Lu}+")) {
            s = s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT); // a label in capitals: "INVESTIGATORS"
        }
        for (String w : s.split("[^\\p{L}\\p{N}'’-]+")) {
            if (!w.isEmpty() && !StopWords.isEnglish(w.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }

    /** The one person whose name holds the speaker's distinctive words, or null. */
    private static String fullName(String speaker, List<Entity> entities) {
        Set<String> words = Speakers.names(speaker);
        if (words.isEmpty()) {
            return null;
        }
        String found = null;
        for (Entity e : entities) {
            if (!e.type().equals("person")) {
                continue;
            }
            Set<String> full = Speakers.names(e.name());
            if (full.containsAll(words) && full.size() > words.size() || e.name().equals(speaker)) {
                if (found != null && !found.equals(e.name())) {
                    return null; // two people fit: leave the name as written
                }
                found = e.name();
            }
        }
        return found;
    }

    /** The one person the articles name with the speaker's role and country, or null. */
    private static String byRole(String speaker, List<Entity> entities, Map<String, String> texts) {
        Matcher m = COUNTRY_ROLE.matcher(speaker.strip());
        if (!m.matches()) {
            return null;
        }
        String place = m.group(1);
        String role = m.group(2).toLowerCase(Locale.ROOT);
        String found = null;
        for (Entity e : entities) {
            if (!e.type().equals("person") || !namedWithRole(e, place, role, texts)) {
                continue;
            }
            if (found != null && !found.equals(e.name())) {
                return null;
            }
            found = e.name();
        }
        return found;
    }

    private static boolean namedWithRole(Entity e, String place, String role, Map<String, String> texts) {
        for (SourceSpan mention : e.mentions()) {
            String text = texts.get(mention.article());
            if (text == null || mention.start() > text.length()) {
                continue;
            }
            Matcher before = ROLE_BEFORE.matcher(text.substring(Math.max(0, mention.start() - 40), mention.start()));
            if (before.find() && before.group(2).toLowerCase(Locale.ROOT).equals(role) && samePlace(place, before.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two writings of a place agree word for word on their first letters ("North Korean", "North Korea"). */
    private static boolean samePlace(String a, String b) {
        String[] x = a.toLowerCase(Locale.ROOT).split("\\s+");
        String[] y = b.toLowerCase(Locale.ROOT).split("\\s+");
        if (x.length > y.length) {
            return false;
        }
        // the place may be the last words of the phrase before the role ("said Russian President ...")
        int offset = y.length - x.length;
        for (int i = 0; i < x.length; i++) {
            String p = x[i];
            String q = y[offset + i];
            int n = Math.min(SHARED_STEM, Math.min(p.length(), q.length()));
            if (p.length() < SHARED_STEM || q.length() < SHARED_STEM ? !p.equals(q) : !p.regionMatches(0, q, 0, n)) {
                return false;
            }
        }
        return true;
    }
}
